// expect: script
days = () => 999;
return days('2026-01-01', '2026-01-02');
