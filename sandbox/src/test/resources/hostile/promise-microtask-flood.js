// expect: time|contained
function again() { Promise.resolve().then(again); }
again();
return 1;
