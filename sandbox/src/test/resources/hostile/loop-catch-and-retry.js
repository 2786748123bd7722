// expect: time
while (true) {
  try { while (true) {} } catch (e) { /* swallow and go on */ }
}
