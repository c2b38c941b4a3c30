using Newspipe.Dashboard;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;
using Newspipe.Store;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("newspipe-store");
builder.AddArticleStore();
builder.AddFailureReplayer();
builder.AddDashboard();
builder.AddPipelineBus(bus => bus.AddStoreConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDashboard();
await app.RunAsync();
