using Westphalia.Server;

// The classroom app on its own (dotnet run --project src/Westphalia.Server); `westphalia serve` is the usual way in.
// The database is migrated and the roles created as the app starts.
var app = ClassroomServer.Build(args);
await app.RunAsync().ConfigureAwait(false);
