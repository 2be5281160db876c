/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run `npm run generate`.
 */

import { formats } from "../src/validation/runtime.js";
const addModelInstanceToModelGroup200 = validate53;
const schema20 = { "title": "ModelInstance", "type": "object", "required": ["id", "account_id", "created_at", "created_by_user_id", "deployment_count", "model_type", "name", "request_schema", "response_schema", "supports_multi_turn"], "properties": { "name": { "type": "string" }, "display_name": { "type": ["string", "null"] }, "model_vendor": { "anyOf": [{ "$ref": "#/components/schemas/ModelVendor" }, { "type": "null" }] }, "model_type": { "$ref": "#/components/schemas/ModelType" }, "base_model_id": { "type": ["string", "null"] }, "base_model_metadata": { "anyOf": [{ "$ref": "#/components/schemas/BaseModelMetadata" }, { "type": "null" }] }, "model_creation_parameters": { "type": ["object", "null"], "additionalProperties": true }, "model_card": { "type": ["string", "null"] }, "training_data_card": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "model_template_id": { "type": ["string", "null"] }, "model_group_id": { "type": ["string", "null"] }, "id": { "type": "string" }, "created_at": { "type": "string", "format": "date-time" }, "account_id": { "type": "string" }, "created_by_user_id": { "type": "string" }, "request_schema": { "type": "object", "additionalProperties": true }, "response_schema": { "type": "object", "additionalProperties": true }, "deployment_count": { "type": "integer" }, "supports_multi_turn": { "type": "boolean" } } };
const schema21 = { "title": "ModelVendor", "type": "string", "enum": ["OPENAI", "COHERE", "GOOGLE", "VERTEX_AI", "ANTHROPIC", "LAUNCH", "LLMENGINE", "BEDROCK", "OTHER"] };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "OPENAI" || data === "COHERE" || data === "GOOGLE" || data === "VERTEX_AI" || data === "ANTHROPIC" || data === "LAUNCH" || data === "LLMENGINE" || data === "BEDROCK" || data === "OTHER")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values", schema: schema21.enum, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "dynamicProps": false, "dynamicItems": false };
const schema22 = { "title": "ModelType", "type": "string", "enum": ["COMPLETION", "CHAT_COMPLETION", "AGENT", "EMBEDDING", "RERANKING", "GENERIC"] };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "COMPLETION" || data === "CHAT_COMPLETION" || data === "AGENT" || data === "EMBEDDING" || data === "RERANKING" || data === "GENERIC")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "dynamicProps": false, "dynamicItems": false };
const schema23 = { "title": "BaseModelMetadata", "type": "object", "properties": { "ui_model_section_type": { "anyOf": [{ "$ref": "#/components/schemas/UiModelSectionType" }, { "type": "null" }] }, "model_developer": { "type": ["string", "null"] }, "model_license_url": { "type": ["string", "null"] }, "delivery_date": { "type": ["string", "null"] }, "modelDetails": { "anyOf": [{ "$ref": "#/components/schemas/ModelDetails" }, { "type": "null" }] } } };
const schema24 = { "title": "UiModelSectionType", "type": "string", "enum": ["PARTNER", "OPENSOURCE", "CUSTOM"] };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "PARTNER" || data === "OPENSOURCE" || data === "CUSTOM")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values", schema: schema24.enum, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { "dynamicProps": false, "dynamicItems": false };
const schema25 = { "title": "ModelDetails", "type": "object", "properties": { "number_of_parameters": { "type": ["integer", "null"] }, "token_context_window": { "type": ["integer", "null"] }, "languages": { "type": ["integer", "null"] }, "alignments": { "type": ["integer", "null"] } } };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number_of_parameters !== void 0) {
      let data0 = data.number_of_parameters;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err0 = { instancePath: instancePath + "/number_of_parameters", schemaPath: "#/properties/number_of_parameters/type", keyword: "type", params: { type: schema25.properties.number_of_parameters.type }, message: "must be integer,null", schema: schema25.properties.number_of_parameters.type, parentSchema: schema25.properties.number_of_parameters, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.token_context_window !== void 0) {
      let data1 = data.token_context_window;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err1 = { instancePath: instancePath + "/token_context_window", schemaPath: "#/properties/token_context_window/type", keyword: "type", params: { type: schema25.properties.token_context_window.type }, message: "must be integer,null", schema: schema25.properties.token_context_window.type, parentSchema: schema25.properties.token_context_window, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.languages !== void 0) {
      let data2 = data.languages;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/languages", schemaPath: "#/properties/languages/type", keyword: "type", params: { type: schema25.properties.languages.type }, message: "must be integer,null", schema: schema25.properties.languages.type, parentSchema: schema25.properties.languages, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.alignments !== void 0) {
      let data3 = data.alignments;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err3 = { instancePath: instancePath + "/alignments", schemaPath: "#/properties/alignments/type", keyword: "type", params: { type: schema25.properties.alignments.type }, message: "must be integer,null", schema: schema25.properties.alignments.type, parentSchema: schema25.properties.alignments, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": { "number_of_parameters": true, "token_context_window": true, "languages": true, "alignments": true }, "dynamicProps": false, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ui_model_section_type !== void 0) {
      let data0 = data.ui_model_section_type;
      const _errs2 = errors;
      let valid1 = false;
      const _errs3 = errors;
      if (!validate59(data0, { instancePath: instancePath + "/ui_model_section_type", parentData: data, parentDataProperty: "ui_model_section_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs3 === errors;
      valid1 = valid1 || _valid0;
      const _errs4 = errors;
      if (data0 !== null) {
        const err0 = { instancePath: instancePath + "/ui_model_section_type", schemaPath: "#/properties/ui_model_section_type/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema23.properties.ui_model_section_type.anyOf[1].type, parentSchema: schema23.properties.ui_model_section_type.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err1 = { instancePath: instancePath + "/ui_model_section_type", schemaPath: "#/properties/ui_model_section_type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema23.properties.ui_model_section_type.anyOf, parentSchema: schema23.properties.ui_model_section_type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.model_developer !== void 0) {
      let data1 = data.model_developer;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/model_developer", schemaPath: "#/properties/model_developer/type", keyword: "type", params: { type: schema23.properties.model_developer.type }, message: "must be string,null", schema: schema23.properties.model_developer.type, parentSchema: schema23.properties.model_developer, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.model_license_url !== void 0) {
      let data2 = data.model_license_url;
      if (typeof data2 !== "string" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/model_license_url", schemaPath: "#/properties/model_license_url/type", keyword: "type", params: { type: schema23.properties.model_license_url.type }, message: "must be string,null", schema: schema23.properties.model_license_url.type, parentSchema: schema23.properties.model_license_url, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.delivery_date !== void 0) {
      let data3 = data.delivery_date;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/delivery_date", schemaPath: "#/properties/delivery_date/type", keyword: "type", params: { type: schema23.properties.delivery_date.type }, message: "must be string,null", schema: schema23.properties.delivery_date.type, parentSchema: schema23.properties.delivery_date, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.modelDetails !== void 0) {
      let data4 = data.modelDetails;
      const _errs13 = errors;
      let valid2 = false;
      const _errs14 = errors;
      if (!validate61(data4, { instancePath: instancePath + "/modelDetails", parentData: data, parentDataProperty: "modelDetails", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs14 === errors;
      valid2 = valid2 || _valid1;
      if (_valid1) {
        var props0 = {};
        props0.number_of_parameters = true;
        props0.token_context_window = true;
        props0.languages = true;
        props0.alignments = true;
      }
      const _errs15 = errors;
      if (data4 !== null) {
        const err5 = { instancePath: instancePath + "/modelDetails", schemaPath: "#/properties/modelDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema23.properties.modelDetails.anyOf[1].type, parentSchema: schema23.properties.modelDetails.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const err6 = { instancePath: instancePath + "/modelDetails", schemaPath: "#/properties/modelDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema23.properties.modelDetails.anyOf, parentSchema: schema23.properties.modelDetails, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": { "ui_model_section_type": true, "model_developer": true, "model_license_url": true, "delivery_date": true, "modelDetails": true }, "dynamicProps": false, "dynamicItems": false };
const formats0 = formats["date-time"];
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const prop0 of schema20.required) {
      if (data[prop0] === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: prop0 }, message: "must have required property '" + prop0 + "'", schema: schema20.required, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.display_name !== void 0) {
      let data1 = data.display_name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/display_name", schemaPath: "#/properties/display_name/type", keyword: "type", params: { type: schema20.properties.display_name.type }, message: "must be string,null", schema: schema20.properties.display_name.type, parentSchema: schema20.properties.display_name, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.model_vendor !== void 0) {
      let data2 = data.model_vendor;
      const _errs6 = errors;
      let valid1 = false;
      const _errs7 = errors;
      if (!validate54(data2, { instancePath: instancePath + "/model_vendor", parentData: data, parentDataProperty: "model_vendor", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      const _errs8 = errors;
      if (data2 !== null) {
        const err3 = { instancePath: instancePath + "/model_vendor", schemaPath: "#/properties/model_vendor/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema20.properties.model_vendor.anyOf[1].type, parentSchema: schema20.properties.model_vendor.anyOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err4 = { instancePath: instancePath + "/model_vendor", schemaPath: "#/properties/model_vendor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema20.properties.model_vendor.anyOf, parentSchema: schema20.properties.model_vendor, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.model_type !== void 0) {
      if (!validate56(data.model_type, { instancePath: instancePath + "/model_type", parentData: data, parentDataProperty: "model_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_model_id !== void 0) {
      let data4 = data.base_model_id;
      if (typeof data4 !== "string" && data4 !== null) {
        const err5 = { instancePath: instancePath + "/base_model_id", schemaPath: "#/properties/base_model_id/type", keyword: "type", params: { type: schema20.properties.base_model_id.type }, message: "must be string,null", schema: schema20.properties.base_model_id.type, parentSchema: schema20.properties.base_model_id, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.base_model_metadata !== void 0) {
      let data5 = data.base_model_metadata;
      const _errs14 = errors;
      let valid2 = false;
      const _errs15 = errors;
      if (!validate58(data5, { instancePath: instancePath + "/base_model_metadata", parentData: data, parentDataProperty: "base_model_metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs15 === errors;
      valid2 = valid2 || _valid1;
      if (_valid1) {
        var props0 = {};
        props0.ui_model_section_type = true;
        props0.model_developer = true;
        props0.model_license_url = true;
        props0.delivery_date = true;
        props0.modelDetails = true;
      }
      const _errs16 = errors;
      if (data5 !== null) {
        const err6 = { instancePath: instancePath + "/base_model_metadata", schemaPath: "#/properties/base_model_metadata/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema20.properties.base_model_metadata.anyOf[1].type, parentSchema: schema20.properties.base_model_metadata.anyOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const err7 = { instancePath: instancePath + "/base_model_metadata", schemaPath: "#/properties/base_model_metadata/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema20.properties.base_model_metadata.anyOf, parentSchema: schema20.properties.base_model_metadata, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.model_creation_parameters !== void 0) {
      let data6 = data.model_creation_parameters;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err8 = { instancePath: instancePath + "/model_creation_parameters", schemaPath: "#/properties/model_creation_parameters/type", keyword: "type", params: { type: schema20.properties.model_creation_parameters.type }, message: "must be object,null", schema: schema20.properties.model_creation_parameters.type, parentSchema: schema20.properties.model_creation_parameters, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model_card !== void 0) {
      let data7 = data.model_card;
      if (typeof data7 !== "string" && data7 !== null) {
        const err9 = { instancePath: instancePath + "/model_card", schemaPath: "#/properties/model_card/type", keyword: "type", params: { type: schema20.properties.model_card.type }, message: "must be string,null", schema: schema20.properties.model_card.type, parentSchema: schema20.properties.model_card, data: data7 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.training_data_card !== void 0) {
      let data8 = data.training_data_card;
      if (typeof data8 !== "string" && data8 !== null) {
        const err10 = { instancePath: instancePath + "/training_data_card", schemaPath: "#/properties/training_data_card/type", keyword: "type", params: { type: schema20.properties.training_data_card.type }, message: "must be string,null", schema: schema20.properties.training_data_card.type, parentSchema: schema20.properties.training_data_card, data: data8 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data9 = data.description;
      if (typeof data9 !== "string" && data9 !== null) {
        const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema20.properties.description.type }, message: "must be string,null", schema: schema20.properties.description.type, parentSchema: schema20.properties.description, data: data9 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.model_template_id !== void 0) {
      let data10 = data.model_template_id;
      if (typeof data10 !== "string" && data10 !== null) {
        const err12 = { instancePath: instancePath + "/model_template_id", schemaPath: "#/properties/model_template_id/type", keyword: "type", params: { type: schema20.properties.model_template_id.type }, message: "must be string,null", schema: schema20.properties.model_template_id.type, parentSchema: schema20.properties.model_template_id, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.model_group_id !== void 0) {
      let data11 = data.model_group_id;
      if (typeof data11 !== "string" && data11 !== null) {
        const err13 = { instancePath: instancePath + "/model_group_id", schemaPath: "#/properties/model_group_id/type", keyword: "type", params: { type: schema20.properties.model_group_id.type }, message: "must be string,null", schema: schema20.properties.model_group_id.type, parentSchema: schema20.properties.model_group_id, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data12 = data.id;
      if (typeof data12 !== "string") {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.id.type, parentSchema: schema20.properties.id, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data13 = data.created_at;
      if (typeof data13 === "string") {
        if (!formats0(data13)) {
          const err15 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema20.properties.created_at, data: data13 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.created_at.type, parentSchema: schema20.properties.created_at, data: data13 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.account_id !== void 0) {
      let data14 = data.account_id;
      if (typeof data14 !== "string") {
        const err17 = { instancePath: instancePath + "/account_id", schemaPath: "#/properties/account_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.account_id.type, parentSchema: schema20.properties.account_id, data: data14 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.created_by_user_id !== void 0) {
      let data15 = data.created_by_user_id;
      if (typeof data15 !== "string") {
        const err18 = { instancePath: instancePath + "/created_by_user_id", schemaPath: "#/properties/created_by_user_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.created_by_user_id.type, parentSchema: schema20.properties.created_by_user_id, data: data15 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.request_schema !== void 0) {
      let data16 = data.request_schema;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
      } else {
        const err19 = { instancePath: instancePath + "/request_schema", schemaPath: "#/properties/request_schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.request_schema.type, parentSchema: schema20.properties.request_schema, data: data16 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.response_schema !== void 0) {
      let data17 = data.response_schema;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
      } else {
        const err20 = { instancePath: instancePath + "/response_schema", schemaPath: "#/properties/response_schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.response_schema.type, parentSchema: schema20.properties.response_schema, data: data17 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.deployment_count !== void 0) {
      let data18 = data.deployment_count;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
        const err21 = { instancePath: instancePath + "/deployment_count", schemaPath: "#/properties/deployment_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.deployment_count.type, parentSchema: schema20.properties.deployment_count, data: data18 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.supports_multi_turn !== void 0) {
      let data19 = data.supports_multi_turn;
      if (typeof data19 !== "boolean") {
        const err22 = { instancePath: instancePath + "/supports_multi_turn", schemaPath: "#/properties/supports_multi_turn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.supports_multi_turn.type, parentSchema: schema20.properties.supports_multi_turn, data: data19 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": { "name": true, "display_name": true, "model_vendor": true, "model_type": true, "base_model_id": true, "base_model_metadata": true, "model_creation_parameters": true, "model_card": true, "training_data_card": true, "description": true, "model_template_id": true, "model_group_id": true, "id": true, "created_at": true, "account_id": true, "created_by_user_id": true, "request_schema": true, "response_schema": true, "deployment_count": true, "supports_multi_turn": true }, "dynamicProps": false, "dynamicItems": false };
const addModelInstanceToModelGroup422 = validate64;
const schema26 = { "title": "HTTPValidationError", "type": "object", "properties": { "detail": { "type": "array", "items": { "$ref": "#/components/schemas/ValidationError" } } } };
const schema27 = { "title": "ValidationError", "type": "object", "required": ["loc", "msg", "type"], "properties": { "loc": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "integer" }] } }, "msg": { "type": "string" }, "type": { "type": "string" }, "input": {}, "ctx": { "type": "object", "additionalProperties": true } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const prop0 of schema27.required) {
      if (data[prop0] === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: prop0 }, message: "must have required property '" + prop0 + "'", schema: schema27.required, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.loc !== void 0) {
      let data0 = data.loc;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs4 = errors;
          let valid3 = false;
          const _errs5 = errors;
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/loc/" + i0, schemaPath: "#/properties/loc/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.loc.items.anyOf[0].type, parentSchema: schema27.properties.loc.items.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var _valid0 = _errs5 === errors;
          valid3 = valid3 || _valid0;
          const _errs7 = errors;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err2 = { instancePath: instancePath + "/loc/" + i0, schemaPath: "#/properties/loc/items/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.loc.items.anyOf[1].type, parentSchema: schema27.properties.loc.items.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid0 = _errs7 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const err3 = { instancePath: instancePath + "/loc/" + i0, schemaPath: "#/properties/loc/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.loc.items.anyOf, parentSchema: schema27.properties.loc.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          } else {
            errors = _errs4;
            if (vErrors !== null) {
              if (_errs4) {
                vErrors.length = _errs4;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/loc", schemaPath: "#/properties/loc/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.loc.type, parentSchema: schema27.properties.loc, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.msg !== void 0) {
      let data2 = data.msg;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.msg.type, parentSchema: schema27.properties.msg, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.type.type, parentSchema: schema27.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ctx !== void 0) {
      let data4 = data.ctx;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
      } else {
        const err7 = { instancePath: instancePath + "/ctx", schemaPath: "#/properties/ctx/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.ctx.type, parentSchema: schema27.properties.ctx, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": { "loc": true, "msg": true, "type": true, "input": true, "ctx": true }, "dynamicProps": false, "dynamicItems": false };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.detail !== void 0) {
      let data0 = data.detail;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate65(data0[i0], { instancePath: instancePath + "/detail/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.detail.type, parentSchema: schema26.properties.detail, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { "props": { "detail": true }, "dynamicProps": false, "dynamicItems": false };
const addModelInstanceToModelGroupDefault = validate67;
const schema28 = { "title": "ErrorResponse", "type": "object", "properties": { "detail": { "anyOf": [{ "type": "string" }, { "type": "array", "items": {} }] } } };
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.detail !== void 0) {
      let data0 = data.detail;
      const _errs2 = errors;
      let valid1 = false;
      const _errs3 = errors;
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.detail.anyOf[0].type, parentSchema: schema28.properties.detail.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid1 = valid1 || _valid0;
      const _errs5 = errors;
      if (!Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.detail.anyOf[1].type, parentSchema: schema28.properties.detail.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err2 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema28.properties.detail.anyOf, parentSchema: schema28.properties.detail, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": { "detail": true }, "dynamicProps": false, "dynamicItems": false };
const firstError = (() => {
  const exports = {};
  exports.addModelInstanceToModelGroup200 = validate532;
  const schema202 = { "title": "ModelInstance", "type": "object", "required": ["id", "account_id", "created_at", "created_by_user_id", "deployment_count", "model_type", "name", "request_schema", "response_schema", "supports_multi_turn"], "properties": { "name": { "type": "string" }, "display_name": { "type": ["string", "null"] }, "model_vendor": { "anyOf": [{ "$ref": "#/components/schemas/ModelVendor" }, { "type": "null" }] }, "model_type": { "$ref": "#/components/schemas/ModelType" }, "base_model_id": { "type": ["string", "null"] }, "base_model_metadata": { "anyOf": [{ "$ref": "#/components/schemas/BaseModelMetadata" }, { "type": "null" }] }, "model_creation_parameters": { "type": ["object", "null"], "additionalProperties": true }, "model_card": { "type": ["string", "null"] }, "training_data_card": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "model_template_id": { "type": ["string", "null"] }, "model_group_id": { "type": ["string", "null"] }, "id": { "type": "string" }, "created_at": { "type": "string", "format": "date-time" }, "account_id": { "type": "string" }, "created_by_user_id": { "type": "string" }, "request_schema": { "type": "object", "additionalProperties": true }, "response_schema": { "type": "object", "additionalProperties": true }, "deployment_count": { "type": "integer" }, "supports_multi_turn": { "type": "boolean" } } };
  const schema212 = { "title": "ModelVendor", "type": "string", "enum": ["OPENAI", "COHERE", "GOOGLE", "VERTEX_AI", "ANTHROPIC", "LAUNCH", "LLMENGINE", "BEDROCK", "OTHER"] };
  function validate542(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate542.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (typeof data !== "string") {
      validate542.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema212.type, parentSchema: schema212, data }];
      return false;
    }
    if (!(data === "OPENAI" || data === "COHERE" || data === "GOOGLE" || data === "VERTEX_AI" || data === "ANTHROPIC" || data === "LAUNCH" || data === "LLMENGINE" || data === "BEDROCK" || data === "OTHER")) {
      validate542.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema212.enum }, message: "must be equal to one of the allowed values", schema: schema212.enum, parentSchema: schema212, data }];
      return false;
    }
    validate542.errors = vErrors;
    return errors === 0;
  }
  validate542.evaluated = { "dynamicProps": false, "dynamicItems": false };
  const schema222 = { "title": "ModelType", "type": "string", "enum": ["COMPLETION", "CHAT_COMPLETION", "AGENT", "EMBEDDING", "RERANKING", "GENERIC"] };
  function validate562(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate562.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (typeof data !== "string") {
      validate562.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema222.type, parentSchema: schema222, data }];
      return false;
    }
    if (!(data === "COMPLETION" || data === "CHAT_COMPLETION" || data === "AGENT" || data === "EMBEDDING" || data === "RERANKING" || data === "GENERIC")) {
      validate562.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema222.enum }, message: "must be equal to one of the allowed values", schema: schema222.enum, parentSchema: schema222, data }];
      return false;
    }
    validate562.errors = vErrors;
    return errors === 0;
  }
  validate562.evaluated = { "dynamicProps": false, "dynamicItems": false };
  const schema232 = { "title": "BaseModelMetadata", "type": "object", "properties": { "ui_model_section_type": { "anyOf": [{ "$ref": "#/components/schemas/UiModelSectionType" }, { "type": "null" }] }, "model_developer": { "type": ["string", "null"] }, "model_license_url": { "type": ["string", "null"] }, "delivery_date": { "type": ["string", "null"] }, "modelDetails": { "anyOf": [{ "$ref": "#/components/schemas/ModelDetails" }, { "type": "null" }] } } };
  const schema242 = { "title": "UiModelSectionType", "type": "string", "enum": ["PARTNER", "OPENSOURCE", "CUSTOM"] };
  function validate592(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate592.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (typeof data !== "string") {
      validate592.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema242.type, parentSchema: schema242, data }];
      return false;
    }
    if (!(data === "PARTNER" || data === "OPENSOURCE" || data === "CUSTOM")) {
      validate592.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema242.enum }, message: "must be equal to one of the allowed values", schema: schema242.enum, parentSchema: schema242, data }];
      return false;
    }
    validate592.errors = vErrors;
    return errors === 0;
  }
  validate592.evaluated = { "dynamicProps": false, "dynamicItems": false };
  const schema252 = { "title": "ModelDetails", "type": "object", "properties": { "number_of_parameters": { "type": ["integer", "null"] }, "token_context_window": { "type": ["integer", "null"] }, "languages": { "type": ["integer", "null"] }, "alignments": { "type": ["integer", "null"] } } };
  function validate612(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate612.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.number_of_parameters !== void 0) {
          let data0 = data.number_of_parameters;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
            validate612.errors = [{ instancePath: instancePath + "/number_of_parameters", schemaPath: "#/properties/number_of_parameters/type", keyword: "type", params: { type: schema252.properties.number_of_parameters.type }, message: "must be integer,null", schema: schema252.properties.number_of_parameters.type, parentSchema: schema252.properties.number_of_parameters, data: data0 }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.token_context_window !== void 0) {
            let data1 = data.token_context_window;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
              validate612.errors = [{ instancePath: instancePath + "/token_context_window", schemaPath: "#/properties/token_context_window/type", keyword: "type", params: { type: schema252.properties.token_context_window.type }, message: "must be integer,null", schema: schema252.properties.token_context_window.type, parentSchema: schema252.properties.token_context_window, data: data1 }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.languages !== void 0) {
              let data2 = data.languages;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
                validate612.errors = [{ instancePath: instancePath + "/languages", schemaPath: "#/properties/languages/type", keyword: "type", params: { type: schema252.properties.languages.type }, message: "must be integer,null", schema: schema252.properties.languages.type, parentSchema: schema252.properties.languages, data: data2 }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.alignments !== void 0) {
                let data3 = data.alignments;
                const _errs7 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
                  validate612.errors = [{ instancePath: instancePath + "/alignments", schemaPath: "#/properties/alignments/type", keyword: "type", params: { type: schema252.properties.alignments.type }, message: "must be integer,null", schema: schema252.properties.alignments.type, parentSchema: schema252.properties.alignments, data: data3 }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate612.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema252.type, parentSchema: schema252, data }];
        return false;
      }
    }
    validate612.errors = vErrors;
    return errors === 0;
  }
  validate612.evaluated = { "props": { "number_of_parameters": true, "token_context_window": true, "languages": true, "alignments": true }, "dynamicProps": false, "dynamicItems": false };
  function validate582(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate582.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.ui_model_section_type !== void 0) {
          let data0 = data.ui_model_section_type;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          const _errs3 = errors;
          if (!validate592(data0, { instancePath: instancePath + "/ui_model_section_type", parentData: data, parentDataProperty: "ui_model_section_type", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate592.errors : vErrors.concat(validate592.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs3 === errors;
          valid1 = valid1 || _valid0;
          const _errs4 = errors;
          if (data0 !== null) {
            const err0 = { instancePath: instancePath + "/ui_model_section_type", schemaPath: "#/properties/ui_model_section_type/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema232.properties.ui_model_section_type.anyOf[1].type, parentSchema: schema232.properties.ui_model_section_type.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs4 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err1 = { instancePath: instancePath + "/ui_model_section_type", schemaPath: "#/properties/ui_model_section_type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema232.properties.ui_model_section_type.anyOf, parentSchema: schema232.properties.ui_model_section_type, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            validate582.errors = vErrors;
            return false;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.model_developer !== void 0) {
            let data1 = data.model_developer;
            const _errs6 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate582.errors = [{ instancePath: instancePath + "/model_developer", schemaPath: "#/properties/model_developer/type", keyword: "type", params: { type: schema232.properties.model_developer.type }, message: "must be string,null", schema: schema232.properties.model_developer.type, parentSchema: schema232.properties.model_developer, data: data1 }];
              return false;
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.model_license_url !== void 0) {
              let data2 = data.model_license_url;
              const _errs8 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate582.errors = [{ instancePath: instancePath + "/model_license_url", schemaPath: "#/properties/model_license_url/type", keyword: "type", params: { type: schema232.properties.model_license_url.type }, message: "must be string,null", schema: schema232.properties.model_license_url.type, parentSchema: schema232.properties.model_license_url, data: data2 }];
                return false;
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.delivery_date !== void 0) {
                let data3 = data.delivery_date;
                const _errs10 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate582.errors = [{ instancePath: instancePath + "/delivery_date", schemaPath: "#/properties/delivery_date/type", keyword: "type", params: { type: schema232.properties.delivery_date.type }, message: "must be string,null", schema: schema232.properties.delivery_date.type, parentSchema: schema232.properties.delivery_date, data: data3 }];
                  return false;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.modelDetails !== void 0) {
                  let data4 = data.modelDetails;
                  const _errs12 = errors;
                  const _errs13 = errors;
                  let valid2 = false;
                  const _errs14 = errors;
                  if (!validate612(data4, { instancePath: instancePath + "/modelDetails", parentData: data, parentDataProperty: "modelDetails", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate612.errors : vErrors.concat(validate612.errors);
                    errors = vErrors.length;
                  }
                  var _valid1 = _errs14 === errors;
                  valid2 = valid2 || _valid1;
                  if (_valid1) {
                    var props0 = {};
                    props0.number_of_parameters = true;
                    props0.token_context_window = true;
                    props0.languages = true;
                    props0.alignments = true;
                  }
                  const _errs15 = errors;
                  if (data4 !== null) {
                    const err2 = { instancePath: instancePath + "/modelDetails", schemaPath: "#/properties/modelDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema232.properties.modelDetails.anyOf[1].type, parentSchema: schema232.properties.modelDetails.anyOf[1], data: data4 };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                  var _valid1 = _errs15 === errors;
                  valid2 = valid2 || _valid1;
                  if (!valid2) {
                    const err3 = { instancePath: instancePath + "/modelDetails", schemaPath: "#/properties/modelDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema232.properties.modelDetails.anyOf, parentSchema: schema232.properties.modelDetails, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                    validate582.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs13;
                    if (vErrors !== null) {
                      if (_errs13) {
                        vErrors.length = _errs13;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      } else {
        validate582.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema232.type, parentSchema: schema232, data }];
        return false;
      }
    }
    validate582.errors = vErrors;
    return errors === 0;
  }
  validate582.evaluated = { "props": { "ui_model_section_type": true, "model_developer": true, "model_license_url": true, "delivery_date": true, "modelDetails": true }, "dynamicProps": false, "dynamicItems": false };
  const formats02 = formats["date-time"];
  function validate532(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate532.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        let valid0 = true;
        for (missing0 of schema202.required) {
          valid0 = data[missing0] !== void 0;
          if (!valid0) {
            validate532.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema202.required, parentSchema: schema202, data }];
            return false;
            break;
          }
        }
        if (valid0) {
          if (data.name !== void 0) {
            let data0 = data.name;
            const _errs1 = errors;
            if (typeof data0 !== "string") {
              validate532.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema202.properties.name.type, parentSchema: schema202.properties.name, data: data0 }];
              return false;
            }
            var valid1 = _errs1 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.display_name !== void 0) {
              let data1 = data.display_name;
              const _errs3 = errors;
              if (typeof data1 !== "string" && data1 !== null) {
                validate532.errors = [{ instancePath: instancePath + "/display_name", schemaPath: "#/properties/display_name/type", keyword: "type", params: { type: schema202.properties.display_name.type }, message: "must be string,null", schema: schema202.properties.display_name.type, parentSchema: schema202.properties.display_name, data: data1 }];
                return false;
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.model_vendor !== void 0) {
                let data2 = data.model_vendor;
                const _errs5 = errors;
                const _errs6 = errors;
                let valid2 = false;
                const _errs7 = errors;
                if (!validate542(data2, { instancePath: instancePath + "/model_vendor", parentData: data, parentDataProperty: "model_vendor", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs7 === errors;
                valid2 = valid2 || _valid0;
                const _errs8 = errors;
                if (data2 !== null) {
                  const err0 = { instancePath: instancePath + "/model_vendor", schemaPath: "#/properties/model_vendor/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema202.properties.model_vendor.anyOf[1].type, parentSchema: schema202.properties.model_vendor.anyOf[1], data: data2 };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs8 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                  const err1 = { instancePath: instancePath + "/model_vendor", schemaPath: "#/properties/model_vendor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema202.properties.model_vendor.anyOf, parentSchema: schema202.properties.model_vendor, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate532.errors = vErrors;
                  return false;
                } else {
                  errors = _errs6;
                  if (vErrors !== null) {
                    if (_errs6) {
                      vErrors.length = _errs6;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.model_type !== void 0) {
                  const _errs10 = errors;
                  if (!validate562(data.model_type, { instancePath: instancePath + "/model_type", parentData: data, parentDataProperty: "model_type", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate562.errors : vErrors.concat(validate562.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs10 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.base_model_id !== void 0) {
                    let data4 = data.base_model_id;
                    const _errs11 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate532.errors = [{ instancePath: instancePath + "/base_model_id", schemaPath: "#/properties/base_model_id/type", keyword: "type", params: { type: schema202.properties.base_model_id.type }, message: "must be string,null", schema: schema202.properties.base_model_id.type, parentSchema: schema202.properties.base_model_id, data: data4 }];
                      return false;
                    }
                    var valid1 = _errs11 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.base_model_metadata !== void 0) {
                      let data5 = data.base_model_metadata;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      let valid3 = false;
                      const _errs15 = errors;
                      if (!validate582(data5, { instancePath: instancePath + "/base_model_metadata", parentData: data, parentDataProperty: "base_model_metadata", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
                        errors = vErrors.length;
                      }
                      var _valid1 = _errs15 === errors;
                      valid3 = valid3 || _valid1;
                      if (_valid1) {
                        var props0 = {};
                        props0.ui_model_section_type = true;
                        props0.model_developer = true;
                        props0.model_license_url = true;
                        props0.delivery_date = true;
                        props0.modelDetails = true;
                      }
                      const _errs16 = errors;
                      if (data5 !== null) {
                        const err2 = { instancePath: instancePath + "/base_model_metadata", schemaPath: "#/properties/base_model_metadata/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema202.properties.base_model_metadata.anyOf[1].type, parentSchema: schema202.properties.base_model_metadata.anyOf[1], data: data5 };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid3 = valid3 || _valid1;
                      if (!valid3) {
                        const err3 = { instancePath: instancePath + "/base_model_metadata", schemaPath: "#/properties/base_model_metadata/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema202.properties.base_model_metadata.anyOf, parentSchema: schema202.properties.base_model_metadata, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                        validate532.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs14;
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid1 = _errs13 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.model_creation_parameters !== void 0) {
                        let data6 = data.model_creation_parameters;
                        const _errs18 = errors;
                        if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
                          validate532.errors = [{ instancePath: instancePath + "/model_creation_parameters", schemaPath: "#/properties/model_creation_parameters/type", keyword: "type", params: { type: schema202.properties.model_creation_parameters.type }, message: "must be object,null", schema: schema202.properties.model_creation_parameters.type, parentSchema: schema202.properties.model_creation_parameters, data: data6 }];
                          return false;
                        }
                        var valid1 = _errs18 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.model_card !== void 0) {
                          let data7 = data.model_card;
                          const _errs21 = errors;
                          if (typeof data7 !== "string" && data7 !== null) {
                            validate532.errors = [{ instancePath: instancePath + "/model_card", schemaPath: "#/properties/model_card/type", keyword: "type", params: { type: schema202.properties.model_card.type }, message: "must be string,null", schema: schema202.properties.model_card.type, parentSchema: schema202.properties.model_card, data: data7 }];
                            return false;
                          }
                          var valid1 = _errs21 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data.training_data_card !== void 0) {
                            let data8 = data.training_data_card;
                            const _errs23 = errors;
                            if (typeof data8 !== "string" && data8 !== null) {
                              validate532.errors = [{ instancePath: instancePath + "/training_data_card", schemaPath: "#/properties/training_data_card/type", keyword: "type", params: { type: schema202.properties.training_data_card.type }, message: "must be string,null", schema: schema202.properties.training_data_card.type, parentSchema: schema202.properties.training_data_card, data: data8 }];
                              return false;
                            }
                            var valid1 = _errs23 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data.description !== void 0) {
                              let data9 = data.description;
                              const _errs25 = errors;
                              if (typeof data9 !== "string" && data9 !== null) {
                                validate532.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema202.properties.description.type }, message: "must be string,null", schema: schema202.properties.description.type, parentSchema: schema202.properties.description, data: data9 }];
                                return false;
                              }
                              var valid1 = _errs25 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.model_template_id !== void 0) {
                                let data10 = data.model_template_id;
                                const _errs27 = errors;
                                if (typeof data10 !== "string" && data10 !== null) {
                                  validate532.errors = [{ instancePath: instancePath + "/model_template_id", schemaPath: "#/properties/model_template_id/type", keyword: "type", params: { type: schema202.properties.model_template_id.type }, message: "must be string,null", schema: schema202.properties.model_template_id.type, parentSchema: schema202.properties.model_template_id, data: data10 }];
                                  return false;
                                }
                                var valid1 = _errs27 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data.model_group_id !== void 0) {
                                  let data11 = data.model_group_id;
                                  const _errs29 = errors;
                                  if (typeof data11 !== "string" && data11 !== null) {
                                    validate532.errors = [{ instancePath: instancePath + "/model_group_id", schemaPath: "#/properties/model_group_id/type", keyword: "type", params: { type: schema202.properties.model_group_id.type }, message: "must be string,null", schema: schema202.properties.model_group_id.type, parentSchema: schema202.properties.model_group_id, data: data11 }];
                                    return false;
                                  }
                                  var valid1 = _errs29 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data.id !== void 0) {
                                    let data12 = data.id;
                                    const _errs31 = errors;
                                    if (typeof data12 !== "string") {
                                      validate532.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema202.properties.id.type, parentSchema: schema202.properties.id, data: data12 }];
                                      return false;
                                    }
                                    var valid1 = _errs31 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data.created_at !== void 0) {
                                      let data13 = data.created_at;
                                      const _errs33 = errors;
                                      if (errors === _errs33) {
                                        if (errors === _errs33) {
                                          if (typeof data13 === "string") {
                                            if (!formats02(data13)) {
                                              validate532.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema202.properties.created_at, data: data13 }];
                                              return false;
                                            }
                                          } else {
                                            validate532.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema202.properties.created_at.type, parentSchema: schema202.properties.created_at, data: data13 }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid1 = _errs33 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data.account_id !== void 0) {
                                        let data14 = data.account_id;
                                        const _errs35 = errors;
                                        if (typeof data14 !== "string") {
                                          validate532.errors = [{ instancePath: instancePath + "/account_id", schemaPath: "#/properties/account_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema202.properties.account_id.type, parentSchema: schema202.properties.account_id, data: data14 }];
                                          return false;
                                        }
                                        var valid1 = _errs35 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data.created_by_user_id !== void 0) {
                                          let data15 = data.created_by_user_id;
                                          const _errs37 = errors;
                                          if (typeof data15 !== "string") {
                                            validate532.errors = [{ instancePath: instancePath + "/created_by_user_id", schemaPath: "#/properties/created_by_user_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema202.properties.created_by_user_id.type, parentSchema: schema202.properties.created_by_user_id, data: data15 }];
                                            return false;
                                          }
                                          var valid1 = _errs37 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data.request_schema !== void 0) {
                                            let data16 = data.request_schema;
                                            const _errs39 = errors;
                                            if (errors === _errs39) {
                                              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                              } else {
                                                validate532.errors = [{ instancePath: instancePath + "/request_schema", schemaPath: "#/properties/request_schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema202.properties.request_schema.type, parentSchema: schema202.properties.request_schema, data: data16 }];
                                                return false;
                                              }
                                            }
                                            var valid1 = _errs39 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            if (data.response_schema !== void 0) {
                                              let data17 = data.response_schema;
                                              const _errs42 = errors;
                                              if (errors === _errs42) {
                                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                } else {
                                                  validate532.errors = [{ instancePath: instancePath + "/response_schema", schemaPath: "#/properties/response_schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema202.properties.response_schema.type, parentSchema: schema202.properties.response_schema, data: data17 }];
                                                  return false;
                                                }
                                              }
                                              var valid1 = _errs42 === errors;
                                            } else {
                                              var valid1 = true;
                                            }
                                            if (valid1) {
                                              if (data.deployment_count !== void 0) {
                                                let data18 = data.deployment_count;
                                                const _errs45 = errors;
                                                if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                                                  validate532.errors = [{ instancePath: instancePath + "/deployment_count", schemaPath: "#/properties/deployment_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema202.properties.deployment_count.type, parentSchema: schema202.properties.deployment_count, data: data18 }];
                                                  return false;
                                                }
                                                var valid1 = _errs45 === errors;
                                              } else {
                                                var valid1 = true;
                                              }
                                              if (valid1) {
                                                if (data.supports_multi_turn !== void 0) {
                                                  let data19 = data.supports_multi_turn;
                                                  const _errs47 = errors;
                                                  if (typeof data19 !== "boolean") {
                                                    validate532.errors = [{ instancePath: instancePath + "/supports_multi_turn", schemaPath: "#/properties/supports_multi_turn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema202.properties.supports_multi_turn.type, parentSchema: schema202.properties.supports_multi_turn, data: data19 }];
                                                    return false;
                                                  }
                                                  var valid1 = _errs47 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate532.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema202.type, parentSchema: schema202, data }];
        return false;
      }
    }
    validate532.errors = vErrors;
    return errors === 0;
  }
  validate532.evaluated = { "props": { "name": true, "display_name": true, "model_vendor": true, "model_type": true, "base_model_id": true, "base_model_metadata": true, "model_creation_parameters": true, "model_card": true, "training_data_card": true, "description": true, "model_template_id": true, "model_group_id": true, "id": true, "created_at": true, "account_id": true, "created_by_user_id": true, "request_schema": true, "response_schema": true, "deployment_count": true, "supports_multi_turn": true }, "dynamicProps": false, "dynamicItems": false };
  exports.addModelInstanceToModelGroup422 = validate642;
  const schema262 = { "title": "HTTPValidationError", "type": "object", "properties": { "detail": { "type": "array", "items": { "$ref": "#/components/schemas/ValidationError" } } } };
  const schema272 = { "title": "ValidationError", "type": "object", "required": ["loc", "msg", "type"], "properties": { "loc": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "integer" }] } }, "msg": { "type": "string" }, "type": { "type": "string" }, "input": {}, "ctx": { "type": "object", "additionalProperties": true } } };
  function validate652(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate652.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        let valid0 = true;
        for (missing0 of schema272.required) {
          valid0 = data[missing0] !== void 0;
          if (!valid0) {
            validate652.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema272.required, parentSchema: schema272, data }];
            return false;
            break;
          }
        }
        if (valid0) {
          if (data.loc !== void 0) {
            let data0 = data.loc;
            const _errs1 = errors;
            if (errors === _errs1) {
              if (Array.isArray(data0)) {
                var valid2 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data1 = data0[i0];
                  const _errs3 = errors;
                  const _errs4 = errors;
                  let valid3 = false;
                  const _errs5 = errors;
                  if (typeof data1 !== "string") {
                    const err0 = { instancePath: instancePath + "/loc/" + i0, schemaPath: "#/properties/loc/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema272.properties.loc.items.anyOf[0].type, parentSchema: schema272.properties.loc.items.anyOf[0], data: data1 };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs5 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs7 = errors;
                  if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
                    const err1 = { instancePath: instancePath + "/loc/" + i0, schemaPath: "#/properties/loc/items/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema272.properties.loc.items.anyOf[1].type, parentSchema: schema272.properties.loc.items.anyOf[1], data: data1 };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs7 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = { instancePath: instancePath + "/loc/" + i0, schemaPath: "#/properties/loc/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema272.properties.loc.items.anyOf, parentSchema: schema272.properties.loc.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate652.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs4;
                    if (vErrors !== null) {
                      if (_errs4) {
                        vErrors.length = _errs4;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs3 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate652.errors = [{ instancePath: instancePath + "/loc", schemaPath: "#/properties/loc/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema272.properties.loc.type, parentSchema: schema272.properties.loc, data: data0 }];
                return false;
              }
            }
            var valid1 = _errs1 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.msg !== void 0) {
              let data2 = data.msg;
              const _errs9 = errors;
              if (typeof data2 !== "string") {
                validate652.errors = [{ instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema272.properties.msg.type, parentSchema: schema272.properties.msg, data: data2 }];
                return false;
              }
              var valid1 = _errs9 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.type !== void 0) {
                let data3 = data.type;
                const _errs11 = errors;
                if (typeof data3 !== "string") {
                  validate652.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema272.properties.type.type, parentSchema: schema272.properties.type, data: data3 }];
                  return false;
                }
                var valid1 = _errs11 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.ctx !== void 0) {
                  let data4 = data.ctx;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    } else {
                      validate652.errors = [{ instancePath: instancePath + "/ctx", schemaPath: "#/properties/ctx/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema272.properties.ctx.type, parentSchema: schema272.properties.ctx, data: data4 }];
                      return false;
                    }
                  }
                  var valid1 = _errs13 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      } else {
        validate652.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema272.type, parentSchema: schema272, data }];
        return false;
      }
    }
    validate652.errors = vErrors;
    return errors === 0;
  }
  validate652.evaluated = { "props": { "loc": true, "msg": true, "type": true, "input": true, "ctx": true }, "dynamicProps": false, "dynamicItems": false };
  function validate642(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate642.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.detail !== void 0) {
          let data0 = data.detail;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (!validate652(data0[i0], { instancePath: instancePath + "/detail/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate652.errors : vErrors.concat(validate652.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate642.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema262.properties.detail.type, parentSchema: schema262.properties.detail, data: data0 }];
              return false;
            }
          }
        }
      } else {
        validate642.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema262.type, parentSchema: schema262, data }];
        return false;
      }
    }
    validate642.errors = vErrors;
    return errors === 0;
  }
  validate642.evaluated = { "props": { "detail": true }, "dynamicProps": false, "dynamicItems": false };
  exports.addModelInstanceToModelGroupDefault = validate672;
  const schema282 = { "title": "ErrorResponse", "type": "object", "properties": { "detail": { "anyOf": [{ "type": "string" }, { "type": "array", "items": {} }] } } };
  function validate672(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate672.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.detail !== void 0) {
          let data0 = data.detail;
          const _errs2 = errors;
          let valid1 = false;
          const _errs3 = errors;
          if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema282.properties.detail.anyOf[0].type, parentSchema: schema282.properties.detail.anyOf[0], data: data0 };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs3 === errors;
          valid1 = valid1 || _valid0;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (!Array.isArray(data0)) {
              const err1 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema282.properties.detail.anyOf[1].type, parentSchema: schema282.properties.detail.anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var _valid0 = _errs5 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema282.properties.detail.anyOf, parentSchema: schema282.properties.detail, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            validate672.errors = vErrors;
            return false;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        validate672.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema282.type, parentSchema: schema282, data }];
        return false;
      }
    }
    validate672.errors = vErrors;
    return errors === 0;
  }
  validate672.evaluated = { "props": { "detail": true }, "dynamicProps": false, "dynamicItems": false };
  return exports;
})();
const operationResponses = { "addModelInstanceToModelGroup": { method: "post", path: "/v4/model-groups/{model_group_id}/models/{model_instance_id}", responses: { "200": { name: "ModelInstance", validate: addModelInstanceToModelGroup200, validateFirst: firstError.addModelInstanceToModelGroup200 }, "422": { name: "HTTPValidationError", validate: addModelInstanceToModelGroup422, validateFirst: firstError.addModelInstanceToModelGroup422 }, "default": { name: "ErrorResponse", validate: addModelInstanceToModelGroupDefault, validateFirst: firstError.addModelInstanceToModelGroupDefault } } } };
export {
  addModelInstanceToModelGroup200,
  addModelInstanceToModelGroup422,
  addModelInstanceToModelGroupDefault,
  operationResponses
};
