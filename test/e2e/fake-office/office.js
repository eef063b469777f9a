// A stand-in for office.js in the browser tests: the playwright test routes the office.js CDN URL
// here. `Office` and `Excel` behave like the real proxies: properties are readable only after
// load() + context.sync(), writes are queued and applied at sync, and every sync, selection, fill
// and note is recorded in window.__fakeExcel for the test to inspect. The workbook comes from
// window.__fakeWorkbookData, set by the test before the page loads.
(function () {
  'use strict';
  var data = window.__fakeWorkbookData || { sheets: [{ name: 'Sheet1', cells: {} }] };
  var NO_FILL = { noFill: true, color: '#FFFFFF', pattern: 'None', tintAndShade: null };

  var state = {
    sheets: {},
    order: [],
    active: data.active || data.sheets[0].name,
    settings: {},
    syncs: 0,
    selected: null,
    selections: [],
    valueWrites: [],
    rangeAreaRequests: [],
    associations: {},
    paneShown: 0,
  };
  data.sheets.forEach(function (sheet) {
    var cells = {};
    Object.keys(sheet.cells).forEach(function (address) {
      var c = sheet.cells[address];
      cells[address] = { value: c.value, formula: c.formula, numberFormat: c.numberFormat || 'General', valueType: c.valueType, fill: clone(NO_FILL) };
    });
    state.sheets[sheet.name] = { name: sheet.name, cells: cells, merges: sheet.merges || [] };
    state.order.push(sheet.name);
  });

  function clone(o) {
    return JSON.parse(JSON.stringify(o));
  }
  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function colLetter(c) {
    var s = '';
    var n = c + 1;
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function toA1(r, c) {
    return colLetter(c) + (r + 1);
  }
  function local(address) {
    return address.indexOf('!') >= 0 ? address.slice(address.lastIndexOf('!') + 1) : address;
  }
  function parseCell(address) {
    var m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(local(address).trim());
    if (!m) throw new Error('InvalidArgument: ' + address);
    return { row: Number(m[2]) - 1, col: colIndex(m[1].toUpperCase()) };
  }
  function parseRange(address) {
    var parts = local(address).split(':');
    var a = parseCell(parts[0]);
    var b = parts[1] ? parseCell(parts[1]) : a;
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  }
  function rangeText(r) {
    var a = toA1(r.top, r.left);
    var b = toA1(r.bottom, r.right);
    return a === b ? a : a + ':' + b;
  }
  function cellsOf(r) {
    var out = [];
    for (var row = r.top; row <= r.bottom; row++) for (var col = r.left; col <= r.right; col++) out.push(toA1(row, col));
    return out;
  }
  function cell(sheet, address) {
    var key = local(address).replace(/\$/g, '').toUpperCase();
    if (!sheet.cells[key]) sheet.cells[key] = { value: '', numberFormat: 'General', fill: clone(NO_FILL) };
    return sheet.cells[key];
  }
  function peek(sheet, address) {
    return sheet.cells[address] || null;
  }

  // --- proxy objects --------------------------------------------------------------------------
  function ClientObject(ctx, compute) {
    this._ctx = ctx;
    this._compute = compute; // name → value, evaluated at sync
    this._pending = [];
    this._values = {};
    ctx._objects.push(this);
  }
  ClientObject.prototype.load = function (props) {
    var names = Array.isArray(props) ? props : typeof props === 'string' ? props.split(',') : Object.keys(props || {});
    for (var i = 0; i < names.length; i++) this._pending.push(names[i].trim());
    return this;
  };
  ClientObject.prototype._sync = function () {
    for (var i = 0; i < this._pending.length; i++) this._values[this._pending[i]] = this._compute(this._pending[i]);
    this._pending = [];
  };
  ClientObject.prototype._read = function (name) {
    if (!(name in this._values)) throw new Error('PropertyNotLoaded: the property "' + name + '" is not loaded. Call load() and context.sync() first.');
    return this._values[name];
  };
  function defineLoadable(obj, names) {
    names.forEach(function (name) {
      Object.defineProperty(obj, name, {
        get: function () {
          return this._read(name);
        },
        set: function (value) {
          if (name === 'values' || name === 'formulas' || name === 'numberFormat') state.valueWrites.push(name + ' ' + (this._address || '?'));
          this._values[name] = value;
        },
      });
    });
  }

  function queue(ctx, action) {
    ctx._queue.push(action);
  }

  function RangeFill(ctx, sheet, addresses) {
    var self = this;
    this._ctx = ctx;
    ClientObject.call(this, ctx, function (name) {
      var c = addresses.length === 1 ? peek(sheet, addresses[0]) : null;
      var fill = c ? c.fill : NO_FILL;
      return name === 'color' ? fill.color : fill[name];
    });
    Object.defineProperty(this, 'color', {
      get: function () {
        return self._read('color');
      },
      set: function (value) {
        queue(ctx, function () {
          addresses.forEach(function (a) {
            cell(sheet, a).fill = { noFill: false, color: String(value).toUpperCase(), pattern: 'Solid', tintAndShade: 0 };
          });
        });
      },
    });
    ['pattern', 'patternColor', 'tintAndShade'].forEach(function (name) {
      Object.defineProperty(self, name, {
        get: function () {
          return self._read(name);
        },
        set: function (value) {
          queue(ctx, function () {
            addresses.forEach(function (a) {
              cell(sheet, a).fill[name] = value;
            });
          });
        },
      });
    });
    this.clear = function () {
      queue(ctx, function () {
        addresses.forEach(function (a) {
          cell(sheet, a).fill = clone(NO_FILL);
        });
      });
    };
  }
  RangeFill.prototype = Object.create(ClientObject.prototype);

  var NO_EDGE = { style: 'None', color: '#000000', weight: 'Thin' };
  var EDGE_KEY = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' };
  function edgeOf(c, edge) {
    return (c && c.borders && c.borders[edge]) || NO_EDGE;
  }

  /** One edge of a range's cells (or areas): reads the first cell's, writes every cell's at sync. */
  function RangeBorder(ctx, sheet, addresses, edge) {
    var self = this;
    ClientObject.call(this, ctx, function (name) {
      return edgeOf(peek(sheet, addresses[0]), edge)[name];
    });
    ['style', 'color', 'weight'].forEach(function (name) {
      Object.defineProperty(self, name, {
        get: function () {
          return self._read(name);
        },
        set: function (value) {
          queue(ctx, function () {
            addresses.forEach(function (a) {
              var x = cell(sheet, a);
              x.borders = x.borders || { EdgeTop: clone(NO_EDGE), EdgeBottom: clone(NO_EDGE), EdgeLeft: clone(NO_EDGE), EdgeRight: clone(NO_EDGE) };
              x.borders[edge][name] = name === 'color' ? String(value).toUpperCase() : value;
            });
          });
        },
      });
    });
  }
  RangeBorder.prototype = Object.create(ClientObject.prototype);

  function RangeBorders(ctx, sheet, addresses) {
    this.getItem = function (edge) {
      if (!EDGE_KEY[edge]) throw new Error('InvalidArgument: border ' + edge);
      return new RangeBorder(ctx, sheet, addresses, edge);
    };
  }

  function Range(ctx, sheet, area) {
    var self = this;
    var addresses = cellsOf(area);
    this._address = rangeText(area);
    this.isNullObject = false;
    ClientObject.call(this, ctx, function (name) {
      var rows = [];
      for (var r = area.top; r <= area.bottom; r++) {
        var line = [];
        for (var c = area.left; c <= area.right; c++) {
          var x = peek(sheet, toA1(r, c));
          if (name === 'values') line.push(x ? x.value : '');
          else if (name === 'formulas') line.push(x ? (x.formula != null ? x.formula : x.value) : '');
          else if (name === 'numberFormat') line.push(x ? x.numberFormat : 'General');
          else if (name === 'valueTypes')
            line.push(
              !x || x.value === '' ? 'Empty' : x.valueType || (typeof x.value === 'number' ? 'Double' : typeof x.value === 'boolean' ? 'Boolean' : 'String'),
            );
          else line = null;
        }
        if (line) rows.push(line);
      }
      switch (name) {
        case 'address':
          return sheet.name + '!' + rangeText(area);
        case 'rowCount':
          return area.bottom - area.top + 1;
        case 'columnCount':
          return area.right - area.left + 1;
        case 'rowIndex':
          return area.top;
        case 'columnIndex':
          return area.left;
        default:
          return rows;
      }
    });
    defineLoadable(this, ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat', 'valueTypes']);
    this.format = { fill: new RangeFill(ctx, sheet, addresses), borders: new RangeBorders(ctx, sheet, addresses) };
    this.getCellProperties = function () {
      var result = { value: undefined };
      ctx._results.push(function () {
        var rows = [];
        for (var r = area.top; r <= area.bottom; r++) {
          var line = [];
          for (var c = area.left; c <= area.right; c++) {
            var x = peek(sheet, toA1(r, c));
            var fill = x ? x.fill : NO_FILL;
            var borders = {};
            Object.keys(EDGE_KEY).forEach(function (edge) {
              borders[EDGE_KEY[edge]] = clone(edgeOf(x, edge));
            });
            line.push({
              format: {
                fill: { color: fill.color, pattern: fill.noFill ? 'None' : fill.pattern || 'Solid', tintAndShade: fill.noFill ? null : fill.tintAndShade || 0 },
                borders: borders,
              },
            });
          }
          rows.push(line);
        }
        result.value = rows;
      });
      return result;
    };
    this.getUsedRangeOrNullObject = function (valuesOnly) {
      return usedRange(ctx, sheet, area, valuesOnly);
    };
    this.getMergedAreasOrNullObject = function () {
      var inside = sheet.merges.filter(function (m) {
        var r = parseRange(m);
        return r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
      });
      var merged = new ClientObject(ctx, function () {
        return inside
          .map(function (m) {
            return sheet.name + '!' + m;
          })
          .join(', ');
      });
      defineLoadable(merged, ['address']);
      merged.isNullObject = inside.length === 0;
      return merged;
    };
    this.select = function () {
      queue(ctx, function () {
        if (state.active !== sheet.name) throw new Error('InvalidSelection: activate the sheet before selecting on it');
        state.selected = { sheet: sheet.name, address: self._address };
        state.selections.push(state.selected);
      });
    };
  }
  Range.prototype = Object.create(ClientObject.prototype);

  /** getUsedRangeOrNullObject(true) of a sheet, or of a range of it (`inside`). */
  function usedRange(ctx, sheet, inside, valuesOnly) {
    if (valuesOnly !== true) throw new Error('test: the add-in must read getUsedRange(valuesOnly = true)');
    var bounds = null;
    Object.keys(sheet.cells).forEach(function (a) {
      var x = sheet.cells[a];
      if (x.value === '' && x.formula == null) return;
      var p = parseCell(a);
      if (inside && (p.row < inside.top || p.row > inside.bottom || p.col < inside.left || p.col > inside.right)) return;
      bounds = bounds
        ? { top: Math.min(bounds.top, p.row), left: Math.min(bounds.left, p.col), bottom: Math.max(bounds.bottom, p.row), right: Math.max(bounds.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    });
    if (!bounds) {
      var none = new ClientObject(ctx, function () {
        return undefined;
      });
      none.isNullObject = true;
      return none;
    }
    return new Range(ctx, sheet, bounds);
  }

  function Worksheet(ctx, sheet) {
    ClientObject.call(this, ctx, function (name) {
      return name === 'name' ? sheet.name : undefined;
    });
    defineLoadable(this, ['name']);
    this.getUsedRangeOrNullObject = function (valuesOnly) {
      return usedRange(ctx, sheet, null, valuesOnly);
    };
    this.getRange = function (address) {
      return new Range(ctx, sheet, parseRange(address));
    };
    this.getRanges = function (list) {
      if (list.length > 7000) throw new Error('InvalidArgument: address list too long');
      state.rangeAreaRequests.push(list);
      var addresses = [];
      list.split(',').forEach(function (part) {
        addresses = addresses.concat(cellsOf(parseRange(part.trim())));
      });
      return { format: { fill: new RangeFill(ctx, sheet, addresses), borders: new RangeBorders(ctx, sheet, addresses) } };
    };
    this.activate = function () {
      queue(ctx, function () {
        state.active = sheet.name;
      });
    };
    this.notes = {
      getItemOrNullObject: function (address) {
        var note = new ClientObject(ctx, function () {
          var x = peek(sheet, local(address));
          return x && x.note != null ? x.note : '';
        });
        var existing = peek(sheet, local(address));
        note.isNullObject = !(existing && existing.note != null);
        defineLoadable(note, []);
        Object.defineProperty(note, 'content', {
          get: function () {
            return note._read('content');
          },
        });
        return note;
      },
      getItem: function (address) {
        return {
          set content(value) {
            queue(ctx, function () {
              cell(sheet, address).note = value;
            });
          },
          delete: function () {
            queue(ctx, function () {
              delete cell(sheet, address).note;
            });
          },
        };
      },
      add: function (range, content) {
        var address = typeof range === 'string' ? local(range) : range._address;
        queue(ctx, function () {
          var x = cell(sheet, address);
          if (x.note != null) throw new Error('InvalidArgument: the cell already has a note');
          x.note = content;
        });
      },
    };
  }
  Worksheet.prototype = Object.create(ClientObject.prototype);

  function RequestContext() {
    var ctx = this;
    this._objects = [];
    this._queue = [];
    this._results = [];
    function sheetNamed(name) {
      if (!state.sheets[name]) throw new Error('ItemNotFound: sheet ' + name);
      return new Worksheet(ctx, state.sheets[name]);
    }
    var collection = new ClientObject(ctx, function () {
      return state.order.map(function (name) {
        return { name: name };
      });
    });
    Object.defineProperty(collection, 'items', {
      get: function () {
        return collection._read('items');
      },
    });
    collection.load = function (props) {
      if (String(props).indexOf('items') === 0) collection._pending.push('items');
      return collection;
    };
    collection.getActiveWorksheet = function () {
      return sheetNamed(state.active);
    };
    collection.getItem = sheetNamed;
    this.workbook = {
      worksheets: collection,
      settings: {
        getItemOrNullObject: function (key) {
          var setting = new ClientObject(ctx, function () {
            return state.settings[key];
          });
          defineLoadable(setting, ['value']);
          setting.isNullObject = !(key in state.settings);
          return setting;
        },
        add: function (key, value) {
          queue(ctx, function () {
            state.settings[key] = value;
          });
        },
      },
    };
  }
  RequestContext.prototype.sync = function () {
    state.syncs++;
    var ctx = this;
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try {
          var actions = ctx._queue;
          ctx._queue = [];
          actions.forEach(function (action) {
            action();
          });
          ctx._objects.forEach(function (o) {
            o._sync();
          });
          var results = ctx._results;
          ctx._results = [];
          results.forEach(function (r) {
            r();
          });
          resolve();
        } catch (error) {
          reject(error);
        }
      }, 5);
    });
  };

  var requirementLevels = data.requirements || { ExcelApi: '1.18', SharedRuntime: '1.1' };
  function supported(name, version) {
    var have = requirementLevels[name];
    if (!have) return false;
    var a = String(have).split('.').map(Number);
    var b = String(version || '1.1')
      .split('.')
      .map(Number);
    return a[0] > b[0] || (a[0] === b[0] && (a[1] || 0) >= (b[1] || 0));
  }

  window.Excel = {
    run: function (batch) {
      var ctx = new RequestContext();
      return Promise.resolve(batch(ctx)).then(function (result) {
        return ctx.sync().then(function () {
          return result;
        });
      });
    },
  };
  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: {
      displayLanguage: data.displayLanguage || 'vi-VN',
      requirements: { isSetSupported: supported },
    },
    onReady: function (callback) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 10);
      });
    },
    actions: {
      associate: function (name, handler) {
        state.associations[name] = handler;
      },
    },
    addin: {
      showAsTaskpane: function () {
        state.paneShown++;
        return Promise.resolve();
      },
    },
  };
  window.__fakeExcel = state;
})();
