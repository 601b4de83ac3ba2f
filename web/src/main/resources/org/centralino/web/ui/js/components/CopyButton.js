// Copies a number or an address to the clipboard, and says so for a moment (also to screen readers).
import { ref } from 'vue';
import { t } from '../i18n.js';

// the Clipboard API needs a secure context (HTTPS or localhost); a PBX on a LAN address often has neither, so
// the old selection-and-copy command is the fallback there
async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) {
    throw new Error('the browser refused to copy');
  }
}

export default {
  props: { text: { type: String, required: true } },
  setup(props) {
    const done = ref(false);
    let timer = null;
    async function copy() {
      try {
        await copyText(props.text);
        done.value = true;
        clearTimeout(timer);
        timer = setTimeout(() => { done.value = false; }, 1500);
      } catch (e) {
        console.warn('copy failed', e);
      }
    }
    return { t, done, copy };
  },
  template: `<button type="button" class="copy" @click="copy" :title="t('action.copyThis', { text })"
    :aria-label="t('action.copyThis', { text })" data-test="copy">{{ done ? t('action.copied') : t('action.copy') }}</button>`,
};
