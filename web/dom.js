// dom.js — building the page. Every text goes in as a text node
// (textContent), never as HTML: a name typed by someone cannot become
// markup or script. No module sets innerHTML.

// h('a', {href: '#/x', class: 'c'}, 'text', child, ...): an element.
// Attributes are set with setAttribute, except `on*` functions (listeners)
// and boolean properties given as true/false (hidden, disabled, checked).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function' && k.startsWith('on')) {
      el.addEventListener(k.slice(2), v);
    } else if (v === true) {
      el.setAttribute(k, '');
    } else {
      el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

// Appends children: nodes, strings (as text), arrays of them; skips null.
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Empties el and puts children in it.
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// A unique id for tying a label or a message to its field.
let next = 0;
export function uid(prefix) {
  next += 1;
  return `${prefix}-${next}`;
}
