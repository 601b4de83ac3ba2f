// A modal dialog that works from the keyboard: the focus moves into it when it opens, Tab and Shift+Tab stay
// inside it, Esc closes it, and the focus goes back to what opened it when it closes (WAI-ARIA dialog pattern).
import { ref, onMounted, onBeforeUnmount } from 'vue';
import { t } from '../i18n.js';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
  + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
let dialogs = 0;

export default {
  props: { title: { type: String, required: true } },
  emits: ['close'],
  setup(props, { emit }) {
    const box = ref(null);
    const titleId = 'dialog-title-' + (++dialogs);
    const opener = document.activeElement;
    onMounted(() => (box.value.querySelector('[autofocus]') || box.value.querySelector(FOCUSABLE))?.focus());
    onBeforeUnmount(() => {
      if (opener instanceof HTMLElement && opener.isConnected) {
        opener.focus();
      }
    });
    function onKey(event) {
      if (event.key === 'Escape') {
        event.stopPropagation();
        emit('close');
      } else if (event.key === 'Tab') {
        const items = [...box.value.querySelectorAll(FOCUSABLE)];
        const first = items[0];
        const last = items[items.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    }
    return { t, box, titleId, onKey };
  },
  template: `
  <div class="dialog-backdrop" @mousedown.self="$emit('close')">
    <div ref="box" class="card dialog" role="dialog" aria-modal="true" :aria-labelledby="titleId" @keydown="onKey"
         data-test="dialog">
      <header class="dialog-head">
        <h3 :id="titleId">{{ title }}</h3>
        <button type="button" @click="$emit('close')" :aria-label="t('action.close')" data-test="close-dialog">✕</button>
      </header>
      <slot />
    </div>
  </div>`,
};
