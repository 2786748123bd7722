// expect: script
return record.getClass().forName('java.lang.Runtime');
