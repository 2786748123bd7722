// expect: contained
Object.prototype.isAdmin = true;
Object.prototype.toJSON = function () { return 'pwned'; };
return 1;
