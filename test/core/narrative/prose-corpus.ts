// Report paragraphs in the styles quarterly reports of public-service centres are written in,
// each with the reading of every number in it, in the order written:
//   "= (3)"          matches that cell of the totals row (or "(7)/(3)" for a rate)
//   "= Hộ tịch"      matches the field's row ("= Hộ tịch share": its share of all received;
//                    "= Hộ tịch rate": of the field's received; "… total": of the table's total)
//   "≠ 3.556 (4)"    differs: the table's value and cell ("≠ 97,81% (7)/(3)" for a rate)
//   "? comparison" / "? target" / "? rank" / "? unlabelled" / "? not-in-annex" /
//   "? unit công văn" / "? field Tư pháp"   not checkable, and why
//   "date" / "document"   recognised as such, listed apart
import { readFileSync } from 'fs';
import * as path from 'path';
import type { CorpusTable } from './prose-tables';

/** The seed's whole report, annex included (the same as /work/shared/seed/bao-cao-quy-II-2026.txt). */
const SEED_REPORT = readFileSync(path.join(__dirname, '../../../assets/samples/bao-cao-quy-II-2026.txt'), 'utf8');

export interface CorpusParagraph {
  style: string;
  table: CorpusTable;
  text: string;
  readings: [string, string][];
}

export const PROSE_CORPUS: CorpusParagraph[] = [
  {
    style: 'slash',
    table: 'built',
    text: 'Đã giải quyết 2.774/2.836 hồ sơ, đạt 97,8%.',
    readings: [
      ['2.774', '= (7)'],
      ['2.836', '= (3)'],
      ['97,8%', '= (7)/(3)'],
    ],
  },
  {
    style: 'trong đó, parentheses',
    table: 'built',
    text: '- Tổng số hồ sơ tiếp nhận: 2.836 hồ sơ (trong đó trực tuyến 2.742 hồ sơ, đạt 97,5%).',
    readings: [
      ['2.836', '= (3)'],
      ['2.742', '= (4)'],
      ['97,5%', '= (4)/((4)+(5))'],
    ],
  },
  {
    style: 'running prose',
    table: 'built',
    text: 'Trong quý, Trung tâm đã tiếp nhận 2.836 hồ sơ.',
    readings: [['2.836', '= (3)']],
  },
  {
    style: 'comma list',
    table: 'built',
    text: 'Tiếp nhận 2.836 hồ sơ, giải quyết 2.774 hồ sơ, đang giải quyết 62 hồ sơ.',
    readings: [
      ['2.836', '= (3)'],
      ['2.774', '= (7)'],
      ['62', '= (13)'],
    ],
  },
  {
    style: 'field in prose, chiếm',
    table: 'built',
    text: 'Lĩnh vực Chứng thực tiếp nhận nhiều nhất với 1.573 hồ sơ, chiếm 55,5% tổng số hồ sơ.',
    readings: [
      ['1.573', '= Chứng thực received'],
      ['55,5%', '= Chứng thực received share'],
    ],
  },
  {
    style: "the product's comparison clause",
    table: 'built',
    text: '- Tổng số hồ sơ tiếp nhận là: 2.836 hồ sơ (tăng 120 hồ sơ, 4,4% so với quý I/2026). Trong đó:',
    readings: [
      ['2.836', '= (3)'],
      ['120', '? comparison'],
      ['4,4%', '? comparison'],
      ['quý I/2026', 'date'],
    ],
  },
  {
    style: 'chiếm',
    table: 'built',
    text: 'Số hồ sơ tiếp nhận trực tuyến là 2.742 hồ sơ, chiếm 97,5% số hồ sơ tiếp nhận trong kỳ.',
    readings: [
      ['2.742', '= (4)'],
      ['97,5%', '= (4)/((4)+(5))'],
    ],
  },
  {
    style: 'đạt tỷ lệ, a rate truncated instead of rounded',
    table: 'built',
    text: 'Số hồ sơ giải quyết đúng và trước hạn là 2.750 hồ sơ, đạt tỷ lệ 96,9%.',
    readings: [
      ['2.750', '= (8)+(9)'],
      ['96,9%', '≠ 97% ((8)+(9))/(3)'],
    ],
  },
  {
    style: 'rate first, slash in parentheses, two decimals',
    table: 'built',
    text: 'Tỷ lệ giải quyết hồ sơ đạt 97,81% (2.774/2.836 hồ sơ).',
    readings: [
      ['97,81%', '= (7)/(3)'],
      ['2.774', '= (7)'],
      ['2.836', '= (3)'],
    ],
  },
  {
    style: 'thousands written with a comma',
    table: 'built',
    text: 'Tổng số hồ sơ tiếp nhận là 2,836 hồ sơ; đã giải quyết 2,774 hồ sơ.',
    readings: [
      ['2,836', '= (3)'],
      ['2,774', '= (7)'],
    ],
  },
  {
    style: 'a cited document whose number equals a count',
    table: 'built',
    text: 'Thực hiện Kế hoạch số 62/KH-UBND ngày 10/01/2026, Trung tâm đã giải quyết 2.774 hồ sơ; đang giải quyết 62 hồ sơ.',
    readings: [
      ['Kế hoạch số 62/KH-UBND', 'document'],
      ['10/01/2026', 'date'],
      ['2.774', '= (7)'],
      ['62', '= (13)'],
    ],
  },
  {
    style: 'Quyết định without "số"',
    table: 'built',
    text: 'Theo Quyết định 1085/QĐ-UBND, số hồ sơ tiếp nhận trực tuyến đạt 2.742 hồ sơ.',
    readings: [
      ['Quyết định 1085/QĐ-UBND', 'document'],
      ['2.742', '= (4)'],
    ],
  },
  {
    style: 'a field the table has no row for',
    table: 'built',
    text: 'Lĩnh vực Tư pháp tiếp nhận 120 hồ sơ; lĩnh vực Hộ tịch tiếp nhận 845 hồ sơ.',
    readings: [
      ['120', '? field Tư pháp'],
      ['845', '= Hộ tịch received'],
    ],
  },
  {
    style: 'fields paragraph with shares',
    table: 'built',
    text: '- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: Chứng thực 1.573 hồ sơ (55,5%); Hộ tịch 845 hồ sơ (29,8%); Đất đai 210 hồ sơ (7,4%).',
    readings: [
      ['1.573', '= Chứng thực received'],
      ['55,5%', '= Chứng thực received share'],
      ['845', '= Hộ tịch received'],
      ['29,8%', '= Hộ tịch received share'],
      ['210', '= Đất đai received'],
      ['7,4%', '= Đất đai received share'],
    ],
  },
  {
    style: "a field's resolved and pending, counts written before their labels",
    table: 'built',
    text: 'Lĩnh vực Đất đai đã giải quyết 180 hồ sơ, đạt 85,7%; còn 30 hồ sơ đang giải quyết, trong đó 2 hồ sơ quá hạn.',
    readings: [
      ['180', '= Đất đai resolved'],
      ['85,7%', '= Đất đai resolved rate'],
      ['30', '= Đất đai pending'],
      ['2', '= Đất đai pending.overdue'],
    ],
  },
  {
    style: 'online payment',
    table: 'built',
    text: 'Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 98,5%.',
    readings: [['98,5%', '? not-in-annex']],
  },
  {
    style: 'digitisation',
    table: 'built',
    text: '- Số hóa 100% hồ sơ đầu vào, 96% kết quả giải quyết.',
    readings: [
      ['100%', '? not-in-annex'],
      ['96%', '? not-in-annex'],
    ],
  },
  {
    style: 'numbers of other things',
    table: 'built',
    text: '- Ủy ban nhân dân xã đã ban hành 94 công văn công khai danh mục TTHC; tiếp nhận và giải quyết 02 ý kiến phản ánh, kiến nghị.',
    readings: [
      ['94', '? unit công văn'],
      ['02', '? unit ý kiến'],
    ],
  },
  {
    style: 'score and rank',
    table: 'seed',
    text: '- Tổng số điểm xã An Phú được ghi nhận: 97,76 điểm, xếp thứ hạng 50/114 xã, phường, đặc khu (tính đến thời điểm ngày 30/5/2026).',
    readings: [
      ['97,76', '? unit điểm'],
      ['50', '? rank'],
      ['114', '? rank'],
      ['30/5/2026', 'date'],
    ],
  },
  {
    style: 'targets (section II)',
    table: 'built',
    text: '- Phấn đấu tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 95%, giải quyết đúng hạn đạt 100%.',
    readings: [
      ['95%', '? target'],
      ['100%', '? target'],
    ],
  },
  {
    style: 'heading with a date range',
    table: 'built',
    text: '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026 (từ ngày 15/3/2026 đến hết ngày 14/6/2026):\n- Tổng số hồ sơ tiếp nhận là: 2.836 hồ sơ.',
    readings: [
      ['quý II năm 2026', 'date'],
      ['15/3/2026', 'date'],
      ['14/6/2026', 'date'],
      ['2.836', '= (3)'],
    ],
  },
  {
    style: 'field-by-field lines',
    table: 'built',
    text: [
      '- Lĩnh vực Chứng thực: tiếp nhận 1.573 hồ sơ, đã giải quyết 1.570 hồ sơ, đang giải quyết 3 hồ sơ.',
      '- Lĩnh vực Hộ tịch: tiếp nhận 845 hồ sơ, đã giải quyết 830 hồ sơ (98,2%), đang giải quyết 15 hồ sơ.',
      '- Lĩnh vực Đất đai: tiếp nhận 210 hồ sơ, đã giải quyết 182 hồ sơ, đang giải quyết 28 hồ sơ.',
    ].join('\n'),
    readings: [
      ['1.573', '= Chứng thực received'],
      ['1.570', '= Chứng thực resolved'],
      ['3', '= Chứng thực pending'],
      ['845', '= Hộ tịch received'],
      ['830', '= Hộ tịch resolved'],
      ['98,2%', '= Hộ tịch resolved rate'],
      ['15', '= Hộ tịch pending'],
      ['210', '= Đất đai received'],
      ['182', '≠ 180 Đất đai resolved'],
      ['28', '≠ 30 Đất đai pending'],
    ],
  },
  {
    style: 'prose on the seed table',
    table: 'seed',
    text: 'Trong quý II/2026, Trung tâm tiếp nhận 3.575 hồ sơ, trong đó trực tuyến 3.556 hồ sơ (đạt 100%), kỳ trước chuyển sang 19 hồ sơ.',
    readings: [
      ['quý II/2026', 'date'],
      ['3.575', '= (3)'],
      ['3.556', '= (4)'],
      ['100%', '= (4)/((4)+(5))'],
      ['19', '= (6)'],
    ],
  },
  {
    style: "the product's English comparison",
    table: 'seed',
    text: '- Total dossiers received: 3,575 dossiers (up 412 dossiers or 13.0% on Q1 2026), of which:',
    readings: [
      ['3,575', '= (3)'],
      ['412', '? comparison'],
      ['13.0%', '? comparison'],
      ['Q1 2026', 'date'],
    ],
  },
  {
    style: "the seed's drifted online figure",
    table: 'seed',
    text: '+ Tiếp nhận trực tuyến: 3.575 hồ sơ, đạt tỷ lệ 100%.',
    readings: [
      ['3.575', '≠ 3.556 (4)'],
      ['100%', '= (4)/((4)+(5))'],
    ],
  },
  {
    style: 'pending in prose',
    table: 'seed',
    text: 'Hiện còn 57 hồ sơ đang giải quyết, trong đó 47 hồ sơ trong hạn, 10 hồ sơ chờ bổ sung, không có hồ sơ quá hạn.',
    readings: [
      ['57', '= (13)'],
      ['47', '= (14)'],
      ['10', '= (16)'],
    ],
  },
  {
    style: 'rates without counts',
    table: 'seed',
    text: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 97,6%; tỷ lệ hồ sơ từ chối là 0,5%.',
    readings: [
      ['97,6%', '= ((8)+(9))/(3)'],
      ['0,5%', '= (11)/(3)'],
    ],
  },
  {
    style: "the product's rate comparison",
    table: 'seed',
    text: '+ Số hồ sơ trả đúng, trước hạn: 3.488 hồ sơ (tỷ lệ 97,6%; tăng 1,2 điểm phần trăm so với quý I năm 2026);',
    readings: [
      ['3.488', '= (8)+(9)'],
      ['97,6%', '= ((8)+(9))/(3)'],
      ['1,2', '? comparison'],
      ['quý I năm 2026', 'date'],
    ],
  },
  {
    style: '"So với" first',
    table: 'seed',
    text: 'So với quý I/2026, số hồ sơ tiếp nhận tăng 412 hồ sơ (13,0%).',
    readings: [
      ['quý I/2026', 'date'],
      ['412', '? comparison'],
      ['13,0%', '? comparison'],
    ],
  },
  {
    style: 'comparison with the same quarter last year',
    table: 'built',
    text: 'Tổng số hồ sơ đã tiếp nhận là 2.836 hồ sơ, tăng 5,2% so với cùng kỳ năm 2025; đã giải quyết 2.774 hồ sơ (97,8%).',
    readings: [
      ['2.836', '= (3)'],
      ['5,2%', '? comparison'],
      ['năm 2025', 'date'],
      ['2.774', '= (7)'],
      ['97,8%', '= (7)/(3)'],
    ],
  },
  {
    style: 'a score-like rate against a count rate',
    table: 'built',
    text: 'Đã giải quyết 2.774 hồ sơ, đạt 97,76%.',
    readings: [
      ['2.774', '= (7)'],
      ['97,76%', '≠ 97,81% (7)/(3)'],
    ],
  },
  {
    style: 'late, rejected, withdrawn',
    table: 'built',
    text: 'Số hồ sơ trả quá hạn là 4 hồ sơ, chiếm 0,1%; từ chối giải quyết 12 hồ sơ; công dân rút 8 hồ sơ.',
    readings: [
      ['4', '= (10)'],
      ['0,1%', '= (10)/(3)'],
      ['12', '= (11)'],
      ['8', '= (12)'],
    ],
  },
  {
    style: 'numbers that are no figure',
    table: 'built',
    text: 'Rút ngắn 50% thời gian giải quyết đối với 25 thủ tục; tổng đài 1022 tiếp nhận 15 cuộc gọi.',
    readings: [
      ['50%', '? unlabelled'],
      ['25', '? unit thủ tục'],
      ['1022', '? unlabelled'],
      ['15', '? unit cuộc gọi'],
    ],
  },
  {
    style: 'channels written after their counts',
    table: 'built',
    text: 'Trong tổng số 2.836 hồ sơ tiếp nhận có 2.742 hồ sơ nộp trực tuyến, 70 hồ sơ nộp trực tiếp và qua bưu chính, 24 hồ sơ từ kỳ trước chuyển sang.',
    readings: [
      ['2.836', '= (3)'],
      ['2.742', '= (4)'],
      ['70', '= (5)'],
      ['24', '= (6)'],
    ],
  },
  {
    style: 'a cumulative period',
    table: 'seed',
    text: 'Lũy kế 6 tháng đầu năm 2026, Trung tâm tiếp nhận 3.575 hồ sơ, giải quyết 3.518 hồ sơ, đạt 98,4%.',
    readings: [
      ['6 tháng đầu năm 2026', 'date'],
      ['3.575', '= (3)'],
      ['3.518', '= (7)'],
      ['98,4%', '= (7)/(3)'],
    ],
  },
  {
    style: 'Word list paragraphs, no markers',
    table: 'built',
    text: [
      'Tổng số hồ sơ tiếp nhận: 2.836 hồ sơ',
      'Đã giải quyết: 2.774 hồ sơ',
      'Trong hạn: 2.750 hồ sơ',
      'Đang giải quyết: 62 hồ sơ',
      'Quá hạn: 2 hồ sơ',
    ].join('\n'),
    readings: [
      ['2.836', '= (3)'],
      ['2.774', '= (7)'],
      ['2.750', '= (8)+(9)'],
      ['62', '= (13)'],
      ['2', '= (15)'],
    ],
  },
  {
    style: 'pending with rates, trong đó',
    table: 'built',
    text: 'Số hồ sơ đang giải quyết là 62 hồ sơ (2,2%), trong đó quá hạn 2 hồ sơ (0,1%).',
    readings: [
      ['62', '= (13)'],
      ['2,2%', '= (13)/(3)'],
      ['2', '= (15)'],
      ['0,1%', '= (15)/(3)'],
    ],
  },
  {
    style: 'a date in running prose',
    table: 'built',
    text: 'Tính đến ngày 15/6/2026, Trung tâm đã giải quyết 2.774 hồ sơ, còn 62 hồ sơ đang giải quyết.',
    readings: [
      ['15/6/2026', 'date'],
      ['2.774', '= (7)'],
      ['62', '= (13)'],
    ],
  },
  {
    style: 'the online share of all received, not of the new ones',
    table: 'seed',
    text: 'Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ, trong đó: tiếp nhận trực tuyến 3.556 hồ sơ (99,5%).',
    readings: [
      ['3.575', '= (3)'],
      ['3.556', '= (4)'],
      ['99,5%', '= (4)/(3)'],
    ],
  },
  {
    style: '"tồn", "trễ hạn", a date range opening the sentence',
    table: 'seed',
    text: 'Từ ngày 15/3/2026 đến hết ngày 14/6/2026, Trung tâm tiếp nhận 3.575 hồ sơ, giải quyết 3.518 hồ sơ, trễ hạn 0 hồ sơ; tồn 57 hồ sơ.',
    readings: [
      ['15/3/2026', 'date'],
      ['14/6/2026', 'date'],
      ['3.575', '= (3)'],
      ['3.518', '= (7)'],
      ['0', '= (10)'],
      ['57', '= (13)'],
    ],
  },
  {
    style: 'channels in parentheses',
    table: 'seed',
    text: 'Tiếp nhận 3.575 hồ sơ (trực tiếp 0 hồ sơ; trực tuyến 3.556 hồ sơ; kỳ trước chuyển sang 19 hồ sơ).',
    readings: [
      ['3.575', '= (3)'],
      ['0', '= (5)'],
      ['3.556', '= (4)'],
      ['19', '= (6)'],
    ],
  },
  {
    style: "the seed's feedback line: a label whose first number counts something else",
    table: 'seed',
    text: '- Trong quý đã tiếp nhận và giải quyết 02 ý kiến phản ánh, kiến nghị trên cổng dịch vụ công quốc gia và 01 ý kiến phản ánh, kiến nghị trên tổng đài 1022.',
    readings: [
      ['02', '? unit ý kiến'],
      ['01', '? unit ý kiến'],
      ['1022', '? unlabelled'],
    ],
  },
  {
    style: 'a whole quarter in two sentences, "tiếp nhận mới", parts in parentheses',
    table: 'seed',
    text: 'Trong kỳ báo cáo, Trung tâm Phục vụ hành chính công xã đã tiếp nhận tổng cộng 3.575 hồ sơ TTHC (kỳ trước chuyển sang 19 hồ sơ, tiếp nhận mới 3.556 hồ sơ). Đã giải quyết 3.518 hồ sơ, trong đó giải quyết trước hạn 3.488 hồ sơ, từ chối 17 hồ sơ, rút 13 hồ sơ; đang giải quyết 57 hồ sơ (trong hạn 47, chờ bổ sung 10).',
    readings: [
      ['3.575', '= (3)'],
      ['19', '= (6)'],
      ['3.556', '= (4)+(5)'],
      ['3.518', '= (7)'],
      ['3.488', '= (8)'],
      ['17', '= (11)'],
      ['13', '= (12)'],
      ['57', '= (13)'],
      ['47', '= (14)'],
      ['10', '= (16)'],
    ],
  },
  {
    style: 'rates only, "hồ sơ trực tuyến" after a resolved figure',
    table: 'seed',
    text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%; tỷ lệ hồ sơ trực tuyến đạt 100%.',
    readings: [
      ['99,1%', '= ((8)+(9))/(7)'],
      ['100%', '= (4)/((4)+(5))'],
    ],
  },
  {
    style: 'a slash written before its label',
    table: 'seed',
    text: 'Kết quả: 3.518/3.575 hồ sơ đã giải quyết (98,4%), 57 hồ sơ đang giải quyết (1,6%).',
    readings: [
      ['3.518', '= (7)'],
      ['3.575', '= (3)'],
      ['98,4%', '= (7)/(3)'],
      ['57', '= (13)'],
      ['1,6%', '= (13)/(3)'],
    ],
  },
  {
    style: "the seed's own report, whole (section I.2 is read; its heading's dates listed)",
    table: 'seed',
    text: SEED_REPORT,
    readings: [
      ['quý II năm 2026', 'date'],
      ['15/3', 'date'],
      ['14/6/2026', 'date'],
      ['3.575', '= (3)'],
      ['3.556', '= (4)+(5)'],
      ['19', '= (6)'],
      ['3.575', '≠ 3.556 (4)'],
      ['100%', '= (4)/((4)+(5))'],
      ['3.518', '= (7)'],
      ['98,4%', '= (7)/(3)'],
      ['3.488', '= (8)+(9)'],
      ['97,6%', '= ((8)+(9))/(3)'],
      ['17', '= (11)'],
      ['0,5%', '= (11)/(3)'],
      ['13', '= (12)'],
      ['0,4%', '= (12)/(3)'],
      ['57', '= (13)'],
      ['1,6%', '= (13)/(3)'],
      ['47', '= (14)'],
      ['1,3%', '= (14)/(3)'],
      ['0', '= (15)'],
      ['0%', '= (15)/(3)'],
      ['10', '= (16)'],
      ['0,3%', '= (16)/(3)'],
      ['tháng 4', 'date'],
      ['tháng 5', 'date'],
      ['100%', '? not-in-annex'],
      ['tháng 6', 'date'],
      ['99,88%', '? not-in-annex'],
      ['01/6/2026', 'date'],
      ['100%', '? not-in-annex'],
      ['100%', '? not-in-annex'],
      ['100%', '? not-in-annex'],
    ],
  },
];
