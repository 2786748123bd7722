// expect: time
const text = 'a'.repeat(36);
return new RegExp('^(a|a?)+\\1$').test(text + 'b');
