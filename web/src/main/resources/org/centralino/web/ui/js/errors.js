// The API's errors in the user's language. The server writes English free text ({code, message, field,
// fields}); the UI translates the code into a catalogue message, and the per-field messages it recognises
// (the texts of the core *Rules and CommonFields) into catalogue messages with their numbers filled in. What
// it does not recognise falls back to the server's English text, which is better than saying nothing.
import { t, CATALOGUES } from './i18n.js';

// the codes whose message is the same whatever the detail: error.<code> in the catalogues
function hasKey(key) {
  return key in CATALOGUES.en;
}

/** The message of a failed request in the current language. */
export function errorMessage(error) {
  if (!error) {
    return '';
  }
  if (error.code === 'locked_out') {
    return t('error.locked_out', { seconds: error.retryAfter ?? '?' });
  }
  if (error.code === 'validation_failed' || error.code === 'invalid_body' || error.code === 'invalid_parameter') {
    return t('error.validation_failed');
  }
  if (error.code && hasKey('error.' + error.code)) {
    return t('error.' + error.code);
  }
  if (error.status === 412) {
    return t('error.precondition_failed');
  }
  if (error.status === 403) {
    return t('error.forbidden');
  }
  if (error.status === 404) {
    return t('error.not_found');
  }
  if (error.status >= 500) {
    return t('error.internal_error');
  }
  if (error.status === undefined && error instanceof TypeError) {
    return t('error.network');      // fetch failed: the server is not reachable
  }
  return error.message || t('error.unknown');
}

// [pattern over the server's English text, catalogue key, names of the captured groups]; the first match wins
const FIELD_PATTERNS = [
  [/^is required\b/, 'field.required', []],
  [/^must not be null$/, 'field.required', []],
  [/^must not be empty$/, 'field.required', []],
  [/^must be at most (\d+) characters/, 'field.tooLong', ['max']],
  [/^must be at least (\d+) characters/, 'field.tooShort', ['min']],
  [/^must not contain control characters/, 'field.control', []],
  [/^must be an e-mail address/, 'field.email', []],
  [/^must be 3 to 20 digits or spaces/, 'field.mobile', []],
  [/^must be a phone number/, 'field.phone', []],
  [/^must have (\d+) to (\d+) digits$/, 'field.phoneDigits', ['min', 'max']],
  [/^a contact needs a first name, a last name or a company$/, 'field.contactName', []],
  [/^must be one of private, public, speeddial/, 'field.visibility', []],
  [/^must be 'it' or 'en'$/, 'field.language', []],
  [/^must be an IANA time zone/, 'field.timeZone', []],
  [/^must be a date pattern/, 'field.dateFormat', []],
  [/^must be 2 to 64 characters of a-z/, 'field.username', []],
  [/^must be 2 to 10 digits/, 'field.extensionNumber', []],
  [/^must be an extension number of 2 to 10 digits/, 'field.extensionNumber', []],
  [/^must be (?:from|a whole number of seconds from) (\d+) to (\d+)/, 'field.range', ['min', 'max']],
  [/^cannot be true without a target/, 'field.needsTarget', []],
  [/^extension (\S+) has no mobile number/, 'field.noMobile', ['number']],
  [/^must not be extension (\S+) itself/, 'field.loop', ['number']],
  [/^(?:extension (\S+) does not exist|no extension '?([^' ]+)'? exists)$/, 'field.noSuchExtension', ['number']],
  [/^extension (\S+) is listed more than once$/, 'field.listedTwice', ['number']],
  [/^must be 1 to 32 digits/, 'field.number', []],
  [/^must be MEMBER or MANAGER/, 'field.groupRole', []],
  [/^must be one of ADMIN, OPERATOR/, 'field.role', []],
  [/^must be true or false/, 'field.boolean', []],
  [/^does not match your password$/, 'field.wrongPassword', []],
];

/** One field's message from the server in the current language (the English text when it is not recognised). */
export function fieldMessage(text) {
  if (typeof text !== 'string') {
    return '';
  }
  for (const [pattern, key, names] of FIELD_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const params = {};
      const groups = m.slice(1).filter(g => g !== undefined);
      names.forEach((name, i) => { params[name] = groups[i]; });
      return t(key, params);
    }
  }
  return text;
}
