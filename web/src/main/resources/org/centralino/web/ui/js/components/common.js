// Small pieces every screen uses: the error banner, per-field errors, the presence badge.
import { t } from '../i18n.js';
import { errorMessage, fieldMessage } from '../errors.js';

/**
 * A failed request (or a local error) in the user's language, in a live region so screen readers hear it. With
 * reloadable, a 412 (someone else changed the item first) offers to reload it: the parent handles 'reload'.
 */
export const ErrorBanner = {
  props: { error: { default: null }, reloadable: { type: Boolean, default: false } },
  emits: ['reload'],
  setup() {
    return { t, errorMessage };
  },
  template: `<div v-if="error" class="banner error" role="alert" data-test="error" :data-code="error.code">
    <template v-if="error.status === 412">{{ reloadable ? t('error.precondition_failed') : t('error.stale') }}
      <button v-if="reloadable" type="button" class="link" @click="$emit('reload')" data-test="reload">
        {{ t('error.reload') }}</button></template>
    <template v-else>{{ errorMessage(error) }}</template></div>`,
};

/** The message of one field from an ApiError's fields, next to that field, in the user's language. */
export const FieldError = {
  props: { error: { default: null }, name: { type: String, required: true } },
  setup() {
    return { fieldMessage };
  },
  template: `<small v-if="error && error.fields && error.fields[name]" class="field-error"
    :data-field-error="name">{{ fieldMessage(error.fields[name]) }}</small>`,
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
