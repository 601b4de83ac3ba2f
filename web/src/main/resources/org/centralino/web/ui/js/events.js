// The live event stream (/api/v1/events, a WebSocket; the session cookie authenticates it). Each message has a
// sequence number and the server's epoch (a restart starts a new one); after a disconnect the client reconnects
// with ?since=<epoch>:<last seq seen> and the server sends what was missed, in order. A first connection gets a
// stream.hello with the current cursor. When the server no longer has the missed events (stream.reset), or the
// client could not resume, the listeners are told to reload their state from the REST API instead.

const PING_MS = 25_000;
const MAX_BACKOFF_MS = 30_000;

export class EventStream {
  constructor() {
    this.lastSeq = null;
    this.epoch = null;
    this.listeners = new Map();   // type -> Set of handlers; '*reset' and '*status' are the client's own
    this.socket = null;
    this.stopped = true;
    this.backoff = 1000;
    this.timer = null;
    this.pinger = null;
    this.connectedOnce = false;
  }

  /** Calls handler(data, event) for every event of that type; returns a function that unsubscribes. */
  on(type, handler) {
    if (!this.listeners.has(type)) {
      this.listeners.set(type, new Set());
    }
    this.listeners.get(type).add(handler);
    return () => this.listeners.get(type).delete(handler);
  }

  /** Called when the client may have missed events and the state must be reloaded. */
  onReset(handler) {
    return this.on('*reset', handler);
  }

  /** Called with true/false as the connection comes and goes. */
  onStatus(handler) {
    return this.on('*status', handler);
  }

  start() {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pinger);
    if (this.socket) {
      this.socket.close(1000, 'logout');
      this.socket = null;
    }
    this.lastSeq = null;
    this.epoch = null;
    this.connectedOnce = false;
  }

  /** The since parameter that resumes after the last message seen; empty before the first one. */
  cursor() {
    if (this.lastSeq === null) {
      return '';
    }
    const cursor = this.epoch ? `${this.epoch}:${this.lastSeq}` : String(this.lastSeq);
    return `?since=${encodeURIComponent(cursor)}`;
  }

  connect() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${proto}//${location.host}/api/v1/events${this.cursor()}`);
    this.socket = socket;
    socket.onopen = () => {
      this.backoff = 1000;
      this.emit('*status', true);
      this.pinger = setInterval(() => socket.send(JSON.stringify({ type: 'ping' })), PING_MS);
      // a reconnect that cannot resume (nothing seen yet, not even the hello) may have missed something
      if (this.connectedOnce && this.lastSeq === null) {
        this.emit('*reset', { reason: 'reconnected' });
      }
      this.connectedOnce = true;
    };
    socket.onmessage = message => this.receive(message.data);
    socket.onclose = () => {
      clearInterval(this.pinger);
      this.emit('*status', false);
      if (!this.stopped && this.socket === socket) {
        this.timer = setTimeout(() => this.connect(), this.backoff);
        this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
      }
    };
  }

  receive(text) {
    let event;
    try {
      event = JSON.parse(text);
    } catch {
      return;
    }
    if (event.type === 'pong') {
      return;
    }
    if (event.type === 'stream.hello' || event.type === 'stream.reset') {
      const resumable = event.type === 'stream.hello' && this.lastSeq === null;
      this.remember(event);
      if (!resumable) {
        this.emit('*reset', event.data || {});
      }
      return;
    }
    if (typeof event.seq === 'number') {
      if (this.lastSeq !== null && event.seq <= this.lastSeq && event.epoch === this.epoch) {
        return; // already seen before the reconnect
      }
      this.remember(event);
    }
    this.emit(event.type, event.data, event);
  }

  remember(message) {
    if (typeof message.seq === 'number') {
      this.lastSeq = message.seq;
    }
    if (message.epoch) {
      this.epoch = message.epoch;
    }
  }

  emit(type, data, event) {
    (this.listeners.get(type) || []).forEach(handler => {
      try {
        handler(data, event);
      } catch (e) {
        console.error('event handler failed for', type, e);
      }
    });
  }
}
