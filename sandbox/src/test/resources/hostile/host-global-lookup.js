// expect: script
const J = globalThis['Ja' + 'va'];
return J.type('java.io.File');
