// Understanding Opioids — the embed helper. Dependency-free, no request of its own, no storage.
//
//   <script src="https://YOUR-HOST/guide/embed.js" defer></script>
//   <opioid-guide src="https://YOUR-HOST/guide/" clinic-name="Riverside Health"
//                 clinic-phone="(555) 010-2000"></opioid-guide>
//
// <opioid-guide> builds a sandboxed iframe of the guide; its attributes become the guide's
// settings (clinic-name → clinic_name, …). The guide posts only its height
// ({ type: "opioid-guide:height", height: n }), and this script accepts that message only from
// the frame it made (or from an <iframe data-opioid-guide> on the page), so the frame fits its
// content with no inner scrollbar. In return it tells the frame only how far its top has scrolled
// out of view (a number of CSS pixels), so "Leave this page" stays in sight. Nothing else
// crosses: the frame has no allow-same-origin, so the host page's scripts cannot read its
// document, and the guide keeps answers in its memory.
(() => {
  'use strict';
  // Scripts run; source links open a new tab; quick exit may leave the host page (only on the
  // reader's own click or keys); printing and the text download of a self-check work.
  const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox ' +
    'allow-top-navigation-by-user-activation allow-downloads allow-modals';
  const SETTINGS = ['lang', 'exit', 'clinic-name', 'clinic-phone', 'clinic-sms', 'clinic-url', 'clinic-hours',
    'chapters', 'checks', 'start', 'mode', 'accent'];
  const frames = new Set();
  /** The guide frames on this page: those made here, and plain frames marked for this script. */
  const guideFrames = () => [...frames, ...document.querySelectorAll('iframe[data-opioid-guide]')];

  window.addEventListener('message', (event) => {
    const frame = guideFrames().find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || !data || data.type !== 'opioid-guide:height') return;
    const height = Number(data.height);
    if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${Math.ceil(height)}px`;
    queueView();
  });

  // How far each guide frame's top has scrolled above this window, so the guide keeps its "Leave
  // this page" bar in view in a frame as tall as the chapter. Only a number crosses.
  let queued = false;
  const tellView = () => {
    queued = false;
    for (const frame of guideFrames()) {
      const top = Math.max(0, Math.round(-frame.getBoundingClientRect().top));
      frame.contentWindow?.postMessage(top, '*');
    }
  };
  const queueView = () => { if (!queued) { queued = true; requestAnimationFrame(tellView); } };
  window.addEventListener('scroll', queueView, { passive: true });
  window.addEventListener('resize', queueView, { passive: true });

  class OpioidGuide extends HTMLElement {
    connectedCallback() {
      if (this.frame) return;
      const src = this.getAttribute('src');
      if (!src) {
        console.warn('Understanding Opioids: <opioid-guide> needs src="…", the address of the guide.');
        return;
      }
      const url = new URL(src, document.baseURI);
      for (const name of SETTINGS) {
        const value = this.getAttribute(name);
        if (value !== null) url.searchParams.set(name.replace('-', '_'), value);
      }
      const frame = document.createElement('iframe');
      frame.src = url.href;
      frame.title = this.getAttribute('title') || 'Understanding Opioids';
      frame.setAttribute('sandbox', SANDBOX);
      frame.setAttribute('referrerpolicy', 'no-referrer');
      // Presenter mode asks for full screen when a teacher presses Present (never by itself).
      frame.setAttribute('allow', 'fullscreen');
      frame.style.cssText = 'display:block;width:100%;height:40rem;border:0';
      frames.add(frame);
      this.frame = frame;
      this.append(frame);
    }

    disconnectedCallback() {
      if (this.frame) frames.delete(this.frame);
    }
  }

  if (!customElements.get('opioid-guide')) customElements.define('opioid-guide', OpioidGuide);
})();
