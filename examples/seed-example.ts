import SGPClient from 'sgp-client';

const client = new SGPClient({
  apiKey: process.env['SGP_API_KEY'], // This is the default and can be omitted
});

async function main() {
  const modelInstance = await client.modelGroups.models.create('model_group_id', 'model_instance_id');

  console.log(modelInstance.id);
}

main();
