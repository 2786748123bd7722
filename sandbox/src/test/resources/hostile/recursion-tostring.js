// expect: script
const o = {};
o.toString = () => '' + o;
return '' + o;
