// Messages in Italian and English. The language is the user's (profile) once logged in; before that the
// browser's, with a toggle on the login screen. t() reads a reactive ref, so every screen re-renders when
// the language changes.
import { ref } from 'vue';
import it from './i18n/it.js';
import en from './i18n/en.js';

export const CATALOGUES = { it, en };
export const LANGUAGES = ['it', 'en'];

export const locale = ref(browserLanguage());

/** 'it' when the browser prefers Italian, else 'en'. */
export function browserLanguage() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('it') ? 'it' : 'en';
}

export function setLocale(language) {
  if (LANGUAGES.includes(language)) {
    locale.value = language;
    document.documentElement.lang = language;
  }
}

/** The message for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = CATALOGUES[locale.value][key] ?? CATALOGUES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * A date-time as the user reads it: in their time zone, the date in their date format (a pattern such as
 * dd/MM/yyyy: dd day, MM month, yyyy or yy year), then the time as HH:mm.
 */
export function formatDateTime(iso, timeZone, dateFormat) {
  if (!iso) {
    return '';
  }
  const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23' };
  if (timeZone) {
    options.timeZone = timeZone;
  }
  let parts;
  try {
    parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', options).formatToParts(new Date(iso))
      .map(p => [p.type, p.value]));
  } catch {
    return iso;
  }
  const date = (dateFormat || 'dd/MM/yyyy')
    .replace('yyyy', parts.year).replace('yy', parts.year.slice(-2))
    .replace('MM', parts.month).replace('dd', parts.day);
  return `${date} ${parts.hour}:${parts.minute}`;
}
