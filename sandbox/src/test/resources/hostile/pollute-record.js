// expect: script
record.id = 999;
return record;
