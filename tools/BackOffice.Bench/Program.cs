using System.Text.Json;
using BackOffice.Bench;

// Measures what the raw emulators allow on this machine, with the same SDK clients and options the function app
// uses, so that ./bench.sh can put the hub's throughput next to the ceiling the emulators set for its operation mix.
// Usage: BackOffice.Bench emulator-limits --settings local.settings.json [--seconds 4] [--concurrency 20]
if (args.Length == 0 || args[0] != "emulator-limits")
{
    Console.Error.WriteLine("usage: BackOffice.Bench emulator-limits --settings <local.settings.json> [--seconds N] [--concurrency N]");
    return 2;
}

var options = BenchOptions.Parse(args.AsSpan(1));
var probe = await EmulatorProbe.CreateAsync(options);
var rates = await probe.MeasureAsync();
Console.WriteLine(JsonSerializer.Serialize(rates, new JsonSerializerOptions { WriteIndented = false }));
return 0;
