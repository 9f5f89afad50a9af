// Shared by the demo specs: each city is generated once per test run.
import { generateDemoCity, type DemoCity, type DemoCityOptions } from './index';

const cities = new Map<string, DemoCity>();

export function specCity(options: DemoCityOptions = {}): DemoCity {
  const key = JSON.stringify(options);
  let city = cities.get(key);
  if (!city) {
    city = generateDemoCity(options);
    cities.set(key, city);
  }
  return city;
}

export const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};
