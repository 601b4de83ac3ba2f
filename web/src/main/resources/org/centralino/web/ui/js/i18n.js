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

/** A date-time in the user's language (and time zone, when the profile has one). */
export function formatDateTime(iso, timeZone) {
  if (!iso) {
    return '';
  }
  const options = { dateStyle: 'short', timeStyle: 'short' };
  if (timeZone) {
    options.timeZone = timeZone;
  }
  try {
    return new Intl.DateTimeFormat(locale.value === 'it' ? 'it-IT' : 'en-GB', options).format(new Date(iso));
  } catch {
    return iso;
  }
}
