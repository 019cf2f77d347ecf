// Starts Decap CMS (window.CMS, loaded before this module with CMS_MANUAL_INIT) with the
// register's own YAML format per kind of file and the Kazakh interface (docs/editor.md).
// Everything comes from this site's own /admin/: no other origin is asked for anything.
import { YAML } from './yaml/index.js';
import { format } from './nqs-format.js';

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
// Decap has no Kazakh locale: the register's translation, over Decap's Russian one for the
// phrases not translated yet (rather than Decap's English fallback). Russian: the register's
// words (the workflow's terms, the sections) over Decap's.
const russian = window.CMS.getLocale('ru') || {};
window.CMS.registerLocale('kk', merge(russian, editor.locales.kk));
window.CMS.registerLocale('ru', merge(russian, editor.locales.ru));
window.CMS.init();

// Names for Decap's unnamed controls (axe button-name, aria-command-name): a list item's
// top bar holds a collapse button, a drag handle and a remove button, icons only.
const words = editor.locales[document.documentElement.lang].nqs;
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
}).observe(document.body, { childList: true, subtree: true });
