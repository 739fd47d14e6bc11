// The actorgraph playground: GraphiQL served entirely from the Go binary.
// Nothing here may load from another origin; the server's test greps the
// built bundle for remote loads.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

// Monaco runs its language services in web workers. build.mjs bundles each
// worker on its own and hands its code here as text; a Blob URL turns the
// text into a script a Worker can start, so the workers need no URL of
// their own (and no bundler-specific worker loader).
import editorWorker from 'worker:monaco-editor/esm/vs/editor/editor.worker.js';
import jsonWorker from 'worker:monaco-editor/esm/vs/language/json/json.worker.js';
import graphqlWorker from 'worker:monaco-graphql/esm/graphql.worker.js';

const workerURLs = {};
function startWorker(label, code) {
  if (!workerURLs[label]) {
    workerURLs[label] = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  }
  return new Worker(workerURLs[label], { name: label });
}

globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    switch (label) {
      case 'json':
        return startWorker('json', jsonWorker);
      case 'graphql':
        return startWorker('graphql', graphqlWorker);
    }
    return startWorker('editor', editorWorker);
  },
};

// The page carries its settings as JSON (not as inline script, which the
// page's Content-Security-Policy forbids).
const config = JSON.parse(document.getElementById('playground-config').textContent);

// A plain fetch fetcher: POST JSON to the endpoint with the headers typed in
// GraphiQL's header editor (e.g. Authorization for the ingest mutation).
async function fetcher(params, opts) {
  const res = await fetch(config.endpoint, {
    method: 'POST',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      ...(opts && opts.headers),
    },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
  }
}

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: config.defaultQuery,
    initialQuery: config.defaultQuery,
    defaultEditorToolsVisibility: true,
  }),
);
