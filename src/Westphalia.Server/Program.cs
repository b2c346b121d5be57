using Westphalia.Server;

// The classroom app on its own (dotnet run --project src/Westphalia.Server); `westphalia serve` is the usual way in.
var app = ClassroomServer.Build(args);
await ClassroomServer.InitialiseAsync(app.Services).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);
