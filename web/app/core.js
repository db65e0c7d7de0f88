// One Polso core per page: every calculator on it shares this instance.
import { loadPolso } from '../polso-api.js';

let instance;
export function getPolso() {
  instance ??= loadPolso().then((polso) => ({ ...polso, catalogueData: polso.catalogue() }));
  return instance;
}
