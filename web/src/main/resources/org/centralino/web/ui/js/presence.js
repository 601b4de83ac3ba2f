// Live presence of the extensions the user may see: loaded from GET /presence, kept current by
// presence.changed events, reloaded whenever the stream says events may have been missed.
import { reactive } from 'vue';
import { api } from './api.js';
import { stream } from './session.js';

export const presence = reactive({ byExtension: {} });

let started = false;

/** Loads the states now and keeps them current (subscribing once per page). */
export function startPresence() {
  if (!started) {
    started = true;
    stream.on('presence.changed', data => {
      presence.byExtension[data.extension] = data.state;
    });
    stream.onReset(reloadPresence);
  }
  reloadPresence();
}

export async function reloadPresence() {
  try {
    const answer = await api.get('/presence');
    const items = Array.isArray(answer) ? answer : answer.items || [];
    const next = {};
    items.forEach(item => { next[item.extension] = item.state; });
    presence.byExtension = next;
  } catch (e) {
    console.warn('presence not available', e);
  }
}
