// Injected into the page's worker bundle (scripts/build-app.mjs): the copy writer and the reader work on Node
// Buffers; in a browser the `buffer` package (the one webpack 4 and browserify used) provides the same class.
export { Buffer } from 'buffer/';
