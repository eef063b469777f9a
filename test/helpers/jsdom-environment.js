// A jest environment with a jsdom document as the test file's globals (window, document, …), for
// DOM code written against the globals (the pane's panels). jsdom is created with Node's own
// require, outside jest's module registry.
// Use with a docblock at the top of a test file:  /** @jest-environment ./test/helpers/jsdom-environment.js */
'use strict';
const { TestEnvironment: NodeEnvironment } = require('jest-environment-node');
const { JSDOM } = require('jsdom');

class JsdomEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'https://localhost/' });
    const win = this.dom.window;
    this.global.jsdomWindow = win;
    for (const name of [
      'window',
      'document',
      'navigator',
      'HTMLElement',
      'HTMLAnchorElement',
      'HTMLButtonElement',
      'HTMLInputElement',
      'HTMLSelectElement',
      'HTMLTextAreaElement',
      'Node',
      'Event',
      'KeyboardEvent',
      'MouseEvent',
      'getComputedStyle',
    ]) {
      Object.defineProperty(this.global, name, { value: name === 'window' ? win : win[name], configurable: true, writable: true });
    }
  }

  async teardown() {
    this.dom.window.close();
    await super.teardown();
  }
}

module.exports = JsdomEnvironment;
