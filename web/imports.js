// imports.js — the administrators' page of imports: a CSV file of
// organisations, members, meetings or classifications sent as it is
// (POST /api/v1/imports/KIND, Content-Type text/csv, docs/http.md) and
// recorded all or nothing; the count imported, or the refusal with the
// file's line ("upload:3: born: ..."), is shown. The file goes as the
// body itself: fetch streams the File, nothing is read into the page.
import {t} from './i18n.js';
import {api, ApiError} from './api.js';
import {form} from './forms.js';
import {h, replace} from './dom.js';

const KINDS = ['orgs', 'members', 'meetings', 'assessments'];

// Sends `file` to the import of `kind`: {imported, what}, or ApiError.
const upload = (kind, file) =>
  api('POST', `/api/v1/imports/${kind}`, file, 'text/csv');

export async function importsPage(ctx, args, query, token) {
  if (!ctx.can('admin') || !ctx.whole()) throw new ApiError(404, {message: ''});
  ctx.title(t('imports.title'));
  const el = form({
    title: t('imports.title'),
    submit: t('imports.submit'),
    fields: [
      {name: 'what', type: 'select', required: true, label: t('imports.what'),
        options: KINDS, value: query.get('what') || 'orgs',
        optionLabel: (k) => t(`imports.what.${k}`)},
      {name: 'file', type: 'file', required: true, label: t('imports.file')},
    ],
    onSubmit: async (v) => {
      const file = el.querySelector('input[type=file]').files[0];
      if (!file)
        throw new ApiError(422, {message: t('imports.nofile'), field: 'file'});
      return upload(v.what, file);
    },
    done: (r, v) => ctx.current(token)
      ? t('imports.done', {count: r.imported, what: t(`imports.what.${v.what}`)})
      : '',
  });
  el.querySelector('input[type=file]').setAttribute('accept', '.csv,text/csv');
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('imports.title')),
    h('p', {class: 'hint'}, t('imports.hint')),
    el);
}
