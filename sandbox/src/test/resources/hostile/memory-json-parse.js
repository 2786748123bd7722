// expect: memory|script
// kind: action
return JSON.parse('[' + '1,'.repeat(1e8) + '1]').length;
