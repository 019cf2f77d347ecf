// Starts Decap CMS (window.CMS, loaded before this module with CMS_MANUAL_INIT) with the
// register's own YAML format per kind of file and the Kazakh interface (docs/editor.md).
// Everything comes from this site's own /admin/: no other origin is asked for anything.
import { YAML } from './yaml/index.js';
import { dump, format } from './nqs-format.js';

function merge(base, over) {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const inner = out[key];
    out[key] = typeof value === 'object' && typeof inner === 'object' ? merge(inner, value) : value;
  }
  return out;
}

const editor = await (await fetch('../editor.json')).json();
for (const [kind, layout] of Object.entries(editor.formats)) {
  window.CMS.registerCustomFormat(`nqs-${kind}`, 'yml', format(layout, YAML.parse));
}
// Decap has no Kazakh locale: the register's translation of every phrase a clerk meets
// (tests/test_editor.py), over Decap's Russian one for the phrases of what the configuration
// leaves out (the media library, other Git hosts' sign-in) rather than Decap's English.
// Russian: the register's words (the workflow's terms, the sections) over Decap's.
const russian = window.CMS.getLocale('ru') || {};
window.CMS.registerLocale('kk', merge(russian, editor.locales.kk));
window.CMS.registerLocale('ru', merge(russian, editor.locales.ru));

const lang = document.documentElement.lang;
const words = editor.locales[lang].nqs;
// A refusal Decap's toast shows as its words alone (not "Error: …").
function refusal(text) {
  return Object.assign(new Error(text), { toString: () => text });
}

// Read-only collections (the council's decisions): nothing saved, whatever is clicked; their
// forms are read-only and offer no save.
const readonly = new Set(editor.readonly);
window.CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    if (readonly.has(entry.get('collection'))) throw refusal(words.readonly);
  },
});
function markReadonly() {
  const shown = /^#\/collections\/([^/]+)\/entries\//.exec(window.location.hash);
  const locked = Boolean(shown && readonly.has(shown[1]));
  document.body.toggleAttribute('data-nqs-readonly', locked);
  if (!locked) return;
  const form = '[class*="ControlPaneContainer"]';
  for (const field of document.querySelectorAll(`${form} input, ${form} textarea`)) {
    field.readOnly = true;
    field.setAttribute('aria-readonly', 'true');
  }
  for (const button of document.querySelectorAll(`${form} button`)) button.disabled = true;
}
window.addEventListener('hashchange', markReadonly);

// A profession's code is chosen in the classifier (classifier.json, fetched once a profession's
// form is opened): its box suggests the occupations by code or by name, and a code the
// classifier does not have is refused at saving, in the validator's words.
let classifier = null;
function occupations() {
  classifier = classifier || fetch('../classifier.json').then((answer) => answer.json());
  return classifier;
}
async function offerOccupations(input) {
  input.setAttribute('list', 'nqs-occupations');
  if (document.getElementById('nqs-occupations')) return;
  const list = document.createElement('datalist');
  list.id = 'nqs-occupations';
  document.body.append(list);
  const name = lang === 'kk' ? 1 : 2;
  for (const row of await occupations()) {
    const option = new Option('', row[0]);
    option.label = `${row[0]} ${row[name]}`;
    list.append(option);
  }
}
window.CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const field = editor.chosen[entry.get('collection')];
    if (!field) return undefined;
    const code = entry.getIn(['data', field]);
    const known = new Set((await occupations()).map((row) => row[0]));
    if (!known.has(code)) throw refusal(words.unknownCode.replace('%{code}', code));
    return undefined;
  },
});
function markChosen() {
  const shown = /^#\/collections\/([^/]+)\/(?:entries\/|new)/.exec(window.location.hash);
  const field = shown && editor.chosen[shown[1]];
  if (!field) return;
  for (const input of document.querySelectorAll(`input[id^="${field}-field-"]:not([list])`)) {
    offerOccupations(input);
  }
}

// The preview pane (nqs edit only): the entry as the site's own template shows it, rendered
// by nqs edit from the entry as it would be saved, in the site's own stylesheets.
if (editor.preview) {
  const site = new URL(`../../${lang}/`, window.location.href);
  const home = new DOMParser().parseFromString(await (await fetch(site)).text(), 'text/html');
  for (const link of home.querySelectorAll('link[rel="stylesheet"]')) {
    window.CMS.registerPreviewStyle(new URL(link.getAttribute('href'), site).href);
  }
  const { h, createClass } = window;
  const Page = createClass({
    getInitialState() {
      return { html: '' };
    },
    componentDidMount() {
      this.ask();
    },
    componentDidUpdate(before) {
      if (before.entry !== this.props.entry) this.ask();
    },
    componentWillUnmount() {
      clearTimeout(this.timer);
    },
    // Asked 300 ms after the last change; again each second while nqs edit rebuilds the site
    // (503: a save checks branches out, and the site is built again).
    ask(delay = 300) {
      clearTimeout(this.timer);
      this.timer = setTimeout(async () => {
        const { entry, collection } = this.props;
        const data = entry.get('data').toJS();
        const layout = editor.formats[collection.get('format').replace(/^nqs-/, '')];
        const key = data[collection.get('identifier_field')] || '_';
        const path = entry.get('path') || `${collection.get('folder')}/${key}.yml`;
        const query = new URLSearchParams({ lang, path });
        const answer = await fetch(`${editor.preview}?${query}`, {
          method: 'POST',
          body: dump(data, layout),
        });
        if (answer.status === 503) this.ask(1000);
        else this.setState({ html: answer.ok ? await answer.text() : `<p>${answer.status}</p>` });
      }, delay);
    },
    render() {
      return h('div', { className: 'nqs-preview', dangerouslySetInnerHTML: { __html: this.state.html } });
    },
  });
  for (const name of editor.previewed) window.CMS.registerPreviewTemplate(name, Page);
}
window.CMS.init();

// Names for Decap's unnamed controls (axe button-name, aria-command-name): a list item's
// top bar holds a collapse button, a drag handle and a remove button, icons only; the
// preview pane's frame.
function name(element, text) {
  if (element && !element.hasAttribute('aria-label')) element.setAttribute('aria-label', text);
}
new MutationObserver(() => {
  for (const bar of document.querySelectorAll('[class*="StyledListItemTopBar"]')) {
    const buttons = bar.querySelectorAll(':scope > button');
    name(buttons[0], words.collapse);
    name(bar.querySelector('[aria-roledescription="sortable"]'), words.move);
    name(buttons[buttons.length - 1], words.remove);
  }
  const frame = document.getElementById('preview-pane'); // axe frame-title
  if (frame && !frame.title) frame.title = words.preview;
  markReadonly();
  markChosen();
}).observe(document.body, { childList: true, subtree: true });
