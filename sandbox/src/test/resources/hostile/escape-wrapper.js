// expect: syntax
return 1;
});
(function (record, ctx) { return Java.type('java.lang.System');
