// expect: memory
// kind: action
const keep = [];
for (let i = 0; ; i++) { keep.push({ i: i, name: 'item ' + i, tags: [i, i + 1] }); }
