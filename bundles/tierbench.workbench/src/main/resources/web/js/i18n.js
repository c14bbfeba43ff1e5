// The workbench's two languages: English and Simplified Chinese, one dictionary file each (i18n/en.json,
// i18n/zh.json). The choice is kept in localStorage.

export const LANGUAGES = [{code: 'en', name: 'English'}, {code: 'zh', name: '简体中文'}];
const STORAGE_KEY = 'tierbench.lang';
const dictionaries = {en: {}, zh: {}};
let current = initialLanguage();

function initialLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage refused (private mode): fall back on the browser's language.
  }
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export async function loadDictionaries() {
  await Promise.all(LANGUAGES.map(async ({code}) => {
    const response = await fetch(new URL(`../i18n/${code}.json`, import.meta.url));
    if (!response.ok) throw new Error(`cannot load the ${code} dictionary: HTTP ${response.status}`);
    dictionaries[code] = await response.json();
  }));
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

export function lang() {
  return current;
}

export function setLang(code) {
  current = code === 'zh' ? 'zh' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Not kept, but switched for this page.
  }
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

/** t('customers.total', {count: 3}): the text of the key in the current language, with {name}s filled in. */
export function t(key, parameters = {}) {
  const text = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in parameters ? String(parameters[name]) : whole));
}

/** @return the text of a label {key, en, zh} in the current language */
export function label(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return (current === 'zh' ? value.zh : value.en) || value.en || value.zh || value.key || '';
}

/** @return the title of a contribution {titleEn, titleZh} in the current language */
export function title(contribution) {
  return (current === 'zh' ? contribution.titleZh : contribution.titleEn) || contribution.titleEn
    || contribution.titleZh || contribution.id || '';
}

export function formatNumber(value, digits) {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (Number.isNaN(number)) return String(value);
  const options = digits === undefined ? {} : {minimumFractionDigits: digits, maximumFractionDigits: digits};
  return number.toLocaleString(current === 'zh' ? 'zh-CN' : 'en-US', options);
}

/** Dates and times as the API writes them (ISO), shortened to the minute. */
export function formatDate(value) {
  if (!value) return '';
  const text = String(value);
  return text.length > 16 && text[10] === 'T' ? `${text.slice(0, 10)} ${text.slice(11, 16)}` : text;
}
