// expect: contained|script
Object.getPrototypeOf(record).owner = 'mallory';
return record;
