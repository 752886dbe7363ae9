import { vitalsFrom } from './vitals-input';

describe('vitalsFrom', () => {
  it('sends the filled-in readings as numbers and leaves empty ones out', () => {
    expect(
      vitalsFrom({
        systolicMmHg: ' 128 ',
        heartRateBpm: '91',
        temperatureCelsius: '37,4',
        diastolicMmHg: '',
      }),
    ).toEqual({
      vitals: { systolicMmHg: 128, heartRateBpm: 91, temperatureCelsius: 37.4 },
    });
  });

  it('refuses text that is not a number instead of sending null or a truncated value', () => {
    expect(vitalsFrom({ heartRateBpm: '9l' })).toEqual({
      problems: ['Heart rate (bpm): "9l" is not a whole number'],
    });
    expect(vitalsFrom({ systolicMmHg: '12.7', temperatureCelsius: 'warm' })).toEqual({
      problems: ['Systolic (mmHg): "12.7" is not a whole number', 'Temperature (°C): "warm" is not a number'],
    });
  });

  it('asks for at least one reading', () => {
    expect(vitalsFrom({ heartRateBpm: '  ' })).toEqual({ problems: ['Enter at least one reading'] });
  });
});
