// Small pieces every screen uses: the error banner, per-field errors, the presence badge.
import { t } from '../i18n.js';

/** The API's message for a failed request (or a local one), in a live region so screen readers hear it. */
export const ErrorBanner = {
  props: { error: { default: null } },
  setup() {
    return { t };
  },
  template: `<div v-if="error" class="banner error" role="alert" data-test="error">
    {{ error.status === 412 ? t('error.stale') : error.message }}</div>`,
};

/** The message of one field from an ApiError's fields, next to that field. */
export const FieldError = {
  props: { error: { default: null }, name: { type: String, required: true } },
  template: `<small v-if="error && error.fields && error.fields[name]" class="field-error"
    :data-field-error="name">{{ error.fields[name] }}</small>`,
};

export const PresenceBadge = {
  props: { state: { type: String, default: 'offline' } },
  setup() {
    return { t };
  },
  template: `<span class="presence" :class="'presence-' + state" :data-presence="state">
    <span class="dot" aria-hidden="true"></span>{{ t('presence.' + state) }}</span>`,
};

/** A notice that fades: "saved", "imported 3". */
export const Notice = {
  props: { text: { default: '' } },
  template: `<div v-if="text" class="banner ok" role="status" data-test="notice">{{ text }}</div>`,
};
