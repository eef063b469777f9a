// Runs before the pane's bundle, in ES5, because Excel 2016 and 2019 (one-time purchase) on
// Windows open add-ins in the Internet Explorer 11 webview, and old builds in the first Edge: the
// bundle cannot run there (modern JavaScript, TextDecoder, modules), and the pane would stay blank.
// On such a webview it says so, in Vietnamese first, and points to what works instead.
(function () {
  var w = window;
  var d = document;
  var modern =
    typeof w.Promise === 'function' && typeof w.TextDecoder === 'function' && typeof w.Symbol === 'function' && 'noModule' in d.createElement('script');
  if (modern) return;
  w.tthcLegacyWebview = true;

  function standaloneUrl() {
    var here = String(w.location && w.location.href ? w.location.href : '');
    return here.replace(/[?#].*$/, '').replace(/[^/]*$/, '') + 'standalone/tthc-report.html';
  }

  function paragraph(text, className) {
    var p = d.createElement('p');
    if (className) p.className = className;
    p.appendChild(d.createTextNode(text));
    return p;
  }

  function show() {
    var app = d.getElementById('app');
    if (!app) return;
    while (app.firstChild) app.removeChild(app.firstChild);
    app.appendChild(
      paragraph('Phiên bản Excel này mở bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời đầu) nên không chạy được Báo cáo TTHC.', 'legacy-title')
    );
    app.appendChild(paragraph('Cách kiểm tra bảng phụ lục không cần bổ trợ:'));
    app.appendChild(
      paragraph(
        '• Trang kiểm tra ngoại tuyến: mở tệp tthc-report.html bằng Chrome, Edge hoặc Firefox (không cần cài đặt, không cần mạng), rồi chọn tệp .xlsx. Địa chỉ: ' +
          standaloneUrl()
      )
    );
    app.appendChild(
      paragraph('• Công cụ dòng lệnh: tthc-report validate TỆP.xlsx --annotate BAN-DANH-DAU.xlsx (bản đánh dấu mở được bằng Excel, WPS, LibreOffice).')
    );
    app.appendChild(paragraph('• Hoặc dùng Excel trên web, Excel 2021 trở lên, Microsoft 365.'));
    app.appendChild(
      paragraph(
        'This Excel opens add-ins in an old browser (Internet Explorer or the first Edge), which cannot run the TTHC report add-in. Use the offline page tthc-report.html in Chrome, Edge or Firefox, or the tthc-report command-line tool.',
        'legacy-en'
      )
    );
  }

  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', show);
  else show();
})();
