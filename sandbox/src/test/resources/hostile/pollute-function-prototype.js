// expect: contained
Function.prototype.call = null;
Function.prototype.apply = null;
Function.prototype.bind = null;
return 1;
