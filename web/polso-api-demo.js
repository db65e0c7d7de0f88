import { loadPolso } from './polso-api.js';
const polso = await loadPolso();
const r = polso.evaluate({ metric: 'nps', inputs: { promoters: 70, passives: 20, detractors: 10 } });
document.getElementById('out').textContent = `NPS ${r.value}`;
