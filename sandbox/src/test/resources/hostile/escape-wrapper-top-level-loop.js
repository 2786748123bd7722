// expect: time
return 1;
});
for (;;) {}
(function (record, ctx) {
