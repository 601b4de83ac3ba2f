// IT | EN: the current language pressed; a click picks the other.
import { LANGUAGES } from '../i18n.js';

export default {
  props: { value: { type: String, required: true } },
  emits: ['change'],
  setup() {
    return { LANGUAGES };
  },
  template: `<div class="lang-toggle" role="group" aria-label="Language / Lingua">
    <button v-for="l in LANGUAGES" :key="l" type="button" :aria-pressed="l === value" :data-lang="l"
      :class="{ active: l === value }" @click="$emit('change', l)">{{ l.toUpperCase() }}</button>
  </div>`,
};
