// expect: contained
JSON.stringify = () => '{"broken';
JSON.parse = () => ({});
return { a: 1 };
