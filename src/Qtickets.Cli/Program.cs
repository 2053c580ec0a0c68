using Qtickets.Cli;

return await QticketsApp.RunAsync(args).ConfigureAwait(false);
