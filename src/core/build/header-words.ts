// The words of export headers: for each column the build reads, the phrases that name it (with
// a score, and phrases that rule it out), and the words that change what a header means.
import type { ColumnKey } from './types';

export interface HeaderPattern {
  /** Every phrase must occur (folded, whole words, in order within each phrase). */
  all: string[];
  /** No phrase may occur. */
  none?: string[];
  score: number;
}

const p = (all: string | string[], score: number, none?: string[]): HeaderPattern => ({
  all: Array.isArray(all) ? all : [all],
  score,
  none,
});

const NOT_DOSSIER_CODE = ['tthc', 'thu tuc', 'linh vuc', 'don vi', 'co quan', 'buu chinh', 'van don', 'thanh toan', 'cong dan', 'dinh danh'];
const NOT_RECEIVED = ['can bo', 'nguoi', 'noi', 'don vi', 'hinh thuc', 'kenh', 'co quan', 'so luong'];

export const HEADER_PATTERNS: Record<ColumnKey, HeaderPattern[]> = {
  code: [
    p('ma ho so', 10),
    p('so ho so', 9),
    p('ma hs', 9),
    p('so bien nhan', 8),
    p('ma bien nhan', 8),
    p('ma so ho so', 10),
    p(['dossier', 'code'], 7),
    p(['dossier', 'id'], 7),
    p('ma', 3, NOT_DOSSIER_CODE),
  ],
  procedure: [
    p('ten tthc', 10),
    p('ten thu tuc', 10),
    p('thu tuc hanh chinh', 9, ['ma']),
    p('tthc', 8, ['ma', 'linh vuc']),
    p('thu tuc', 7, ['ma', 'linh vuc']),
    p('ma tthc', 5),
    p('ma thu tuc', 5),
    p('procedure', 6),
  ],
  field: [
    p('ten linh vuc', 10),
    p('linh vuc', 9, ['ma']),
    p('ma linh vuc', 3),
    p('field', 5),
    p('sector', 5),
  ],
  channel: [
    p('kenh', 9),
    p('hinh thuc', 8, ['tra', 'thanh toan', 'nhan ket qua']),
    p('channel', 6),
    p('nguon', 4),
  ],
  received: [
    p('ngay tiep nhan', 10),
    p('thoi gian tiep nhan', 9),
    p('ngay nhan', 9),
    p('ngay nop', 8),
    p('thoi gian nop', 7),
    p('tiep nhan', 5, NOT_RECEIVED),
    p('received', 6),
  ],
  due: [
    p('ngay hen tra', 10),
    p('han xu ly', 10),
    p('han giai quyet', 10),
    p('hen tra', 9),
    p('ngay hen', 8),
    p('han tra', 8),
    p(['tra', 'du kien'], 8),
    p('thoi han', 6),
    p('due', 6),
    p('deadline', 6),
  ],
  returned: [
    p('ngay tra ket qua', 10),
    p('ngay tra kq', 10),
    p('thoi gian tra ket qua', 9),
    p('ngay tra', 8, ['hen']),
    p('returned', 5),
  ],
  ended: [
    p('ngay ket thuc', 10),
    p('ket thuc xu ly', 9),
    p('ngay hoan thanh', 9),
    p('ngay xu ly xong', 9),
    p('ngay co ket qua', 9),
    p('ket thuc', 6),
    p('completed', 5),
    p('ended', 5),
  ],
  status: [
    p('trang thai', 10, ['thanh toan', 'dong bo', 'danh gia']),
    p('tinh trang', 9, ['thanh toan', 'dong bo', 'danh gia']),
    p('status', 8, ['payment']),
  ],
  supplementRequested: [
    p('ngay yeu cau bo sung', 10),
    p('yeu cau bo sung', 8),
    p('ngay bo sung', 7),
    p('ycbs', 7),
  ],
};

/**
 * Words that change what a header means when added to it: "Ngày trả kết quả dự kiến" is not the
 * return date, "Ngày tiếp nhận bổ sung" not the receipt date, "Trạng thái ký số" not the status.
 * A header carrying one (beyond the words of the pattern it matched) ranks below any plain one.
 */
export const QUALIFIER_PHRASES = [
  'du kien',
  'bo sung',
  'ky so',
  'gia han',
  'thanh toan',
  'dong bo',
  'danh gia',
  'dieu chinh',
  'ke hoach',
  'ban dau',
  'truoc',
  'lan',
  'cu',
  'yeu cau',
  'lien thong',
  'expected',
  'planned',
  'extended',
  'payment',
];
