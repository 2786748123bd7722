// expect: script
const F = (function () {}).constructor;
return F('return Java')().type('java.io.File');
