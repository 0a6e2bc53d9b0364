using AuditGen.RealWorld;

(ScanOptions? options, string? error) = ScanOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

if (!Directory.Exists(options.Checkout))
{
    Console.Error.WriteLine($"no such directory: {options.Checkout}");
    return 2;
}

Directory.CreateDirectory(options.Out);
await Scanner.RunAsync(options, Console.WriteLine);
return 0;
