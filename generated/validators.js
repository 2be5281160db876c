/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run `npm run generate`.
 */

import { formats } from "../src/validation/runtime.js";
export const addModelInstanceToModelGroup200 = validate20;
const schema31 = {
  $ref: "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/200/content/application~1json/schema",
};
const schema33 = {
  title: "ModelInstance",
  type: "object",
  required: [
    "id",
    "account_id",
    "created_at",
    "created_by_user_id",
    "deployment_count",
    "model_type",
    "name",
    "request_schema",
    "response_schema",
    "supports_multi_turn",
  ],
  properties: {
    name: { type: "string" },
    display_name: { type: ["string", "null"] },
    model_vendor: { anyOf: [{ $ref: "#/components/schemas/ModelVendor" }, { type: "null" }] },
    model_type: { $ref: "#/components/schemas/ModelType" },
    base_model_id: { type: ["string", "null"] },
    base_model_metadata: {
      anyOf: [{ $ref: "#/components/schemas/BaseModelMetadata" }, { type: "null" }],
    },
    model_creation_parameters: { type: ["object", "null"], additionalProperties: true },
    model_card: { type: ["string", "null"] },
    training_data_card: { type: ["string", "null"] },
    description: { type: ["string", "null"] },
    model_template_id: { type: ["string", "null"] },
    model_group_id: { type: ["string", "null"] },
    id: { type: "string" },
    created_at: { type: "string", format: "date-time" },
    account_id: { type: "string" },
    created_by_user_id: { type: "string" },
    request_schema: { type: "object", additionalProperties: true },
    response_schema: { type: "object", additionalProperties: true },
    deployment_count: { type: "integer" },
    supports_multi_turn: { type: "boolean" },
  },
};
const schema34 = {
  title: "ModelVendor",
  type: "string",
  enum: [
    "OPENAI",
    "COHERE",
    "GOOGLE",
    "VERTEX_AI",
    "ANTHROPIC",
    "LAUNCH",
    "LLMENGINE",
    "BEDROCK",
    "OTHER",
  ],
};
const schema35 = {
  title: "ModelType",
  type: "string",
  enum: ["COMPLETION", "CHAT_COMPLETION", "AGENT", "EMBEDDING", "RERANKING", "GENERIC"],
};
const schema36 = {
  title: "BaseModelMetadata",
  type: "object",
  properties: {
    ui_model_section_type: {
      anyOf: [{ $ref: "#/components/schemas/UiModelSectionType" }, { type: "null" }],
    },
    model_developer: { type: ["string", "null"] },
    model_license_url: { type: ["string", "null"] },
    delivery_date: { type: ["string", "null"] },
    modelDetails: { anyOf: [{ $ref: "#/components/schemas/ModelDetails" }, { type: "null" }] },
  },
};
const schema37 = {
  title: "UiModelSectionType",
  type: "string",
  enum: ["PARTNER", "OPENSOURCE", "CUSTOM"],
};
const schema38 = {
  title: "ModelDetails",
  type: "object",
  properties: {
    number_of_parameters: { type: ["integer", "null"] },
    token_context_window: { type: ["integer", "null"] },
    languages: { type: ["integer", "null"] },
    alignments: { type: ["integer", "null"] },
  },
};
function validate23(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ui_model_section_type !== undefined) {
      let data0 = data.ui_model_section_type;
      const _errs2 = errors;
      let valid1 = false;
      const _errs3 = errors;
      if (typeof data0 !== "string") {
        const err0 = {
          instancePath: instancePath + "/ui_model_section_type",
          schemaPath: "#/components/schemas/UiModelSectionType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema37.type,
          parentSchema: schema37,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data0 === "PARTNER" || data0 === "OPENSOURCE" || data0 === "CUSTOM")) {
        const err1 = {
          instancePath: instancePath + "/ui_model_section_type",
          schemaPath: "#/components/schemas/UiModelSectionType/enum",
          keyword: "enum",
          params: { allowedValues: schema37.enum },
          message: "must be equal to one of the allowed values",
          schema: schema37.enum,
          parentSchema: schema37,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (data0 !== null) {
        const err2 = {
          instancePath: instancePath + "/ui_model_section_type",
          schemaPath: "#/properties/ui_model_section_type/anyOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
          schema: schema36.properties.ui_model_section_type.anyOf[1].type,
          parentSchema: schema36.properties.ui_model_section_type.anyOf[1],
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err3 = {
          instancePath: instancePath + "/ui_model_section_type",
          schemaPath: "#/properties/ui_model_section_type/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema36.properties.ui_model_section_type.anyOf,
          parentSchema: schema36.properties.ui_model_section_type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
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
    if (data.model_developer !== undefined) {
      let data1 = data.model_developer;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = {
          instancePath: instancePath + "/model_developer",
          schemaPath: "#/properties/model_developer/type",
          keyword: "type",
          params: { type: schema36.properties.model_developer.type },
          message: "must be string,null",
          schema: schema36.properties.model_developer.type,
          parentSchema: schema36.properties.model_developer,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.model_license_url !== undefined) {
      let data2 = data.model_license_url;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = {
          instancePath: instancePath + "/model_license_url",
          schemaPath: "#/properties/model_license_url/type",
          keyword: "type",
          params: { type: schema36.properties.model_license_url.type },
          message: "must be string,null",
          schema: schema36.properties.model_license_url.type,
          parentSchema: schema36.properties.model_license_url,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.delivery_date !== undefined) {
      let data3 = data.delivery_date;
      if (typeof data3 !== "string" && data3 !== null) {
        const err6 = {
          instancePath: instancePath + "/delivery_date",
          schemaPath: "#/properties/delivery_date/type",
          keyword: "type",
          params: { type: schema36.properties.delivery_date.type },
          message: "must be string,null",
          schema: schema36.properties.delivery_date.type,
          parentSchema: schema36.properties.delivery_date,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.modelDetails !== undefined) {
      let data4 = data.modelDetails;
      const _errs15 = errors;
      let valid3 = false;
      const _errs16 = errors;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.number_of_parameters !== undefined) {
          let data5 = data4.number_of_parameters;
          if (
            !(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5)) &&
            data5 !== null
          ) {
            const err7 = {
              instancePath: instancePath + "/modelDetails/number_of_parameters",
              schemaPath: "#/components/schemas/ModelDetails/properties/number_of_parameters/type",
              keyword: "type",
              params: { type: schema38.properties.number_of_parameters.type },
              message: "must be integer,null",
              schema: schema38.properties.number_of_parameters.type,
              parentSchema: schema38.properties.number_of_parameters,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.token_context_window !== undefined) {
          let data6 = data4.token_context_window;
          if (
            !(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6)) &&
            data6 !== null
          ) {
            const err8 = {
              instancePath: instancePath + "/modelDetails/token_context_window",
              schemaPath: "#/components/schemas/ModelDetails/properties/token_context_window/type",
              keyword: "type",
              params: { type: schema38.properties.token_context_window.type },
              message: "must be integer,null",
              schema: schema38.properties.token_context_window.type,
              parentSchema: schema38.properties.token_context_window,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.languages !== undefined) {
          let data7 = data4.languages;
          if (
            !(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7)) &&
            data7 !== null
          ) {
            const err9 = {
              instancePath: instancePath + "/modelDetails/languages",
              schemaPath: "#/components/schemas/ModelDetails/properties/languages/type",
              keyword: "type",
              params: { type: schema38.properties.languages.type },
              message: "must be integer,null",
              schema: schema38.properties.languages.type,
              parentSchema: schema38.properties.languages,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.alignments !== undefined) {
          let data8 = data4.alignments;
          if (
            !(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8)) &&
            data8 !== null
          ) {
            const err10 = {
              instancePath: instancePath + "/modelDetails/alignments",
              schemaPath: "#/components/schemas/ModelDetails/properties/alignments/type",
              keyword: "type",
              params: { type: schema38.properties.alignments.type },
              message: "must be integer,null",
              schema: schema38.properties.alignments.type,
              parentSchema: schema38.properties.alignments,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/modelDetails",
          schemaPath: "#/components/schemas/ModelDetails/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema38.type,
          parentSchema: schema38,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      valid3 = valid3 || _valid1;
      if (_valid1) {
        var props0 = {};
        props0.number_of_parameters = true;
        props0.token_context_window = true;
        props0.languages = true;
        props0.alignments = true;
      }
      const _errs27 = errors;
      if (data4 !== null) {
        const err12 = {
          instancePath: instancePath + "/modelDetails",
          schemaPath: "#/properties/modelDetails/anyOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
          schema: schema36.properties.modelDetails.anyOf[1].type,
          parentSchema: schema36.properties.modelDetails.anyOf[1],
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs27 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const err13 = {
          instancePath: instancePath + "/modelDetails",
          schemaPath: "#/properties/modelDetails/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema36.properties.modelDetails.anyOf,
          parentSchema: schema36.properties.modelDetails,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = {
  props: {
    ui_model_section_type: true,
    model_developer: true,
    model_license_url: true,
    delivery_date: true,
    modelDetails: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
const formats0 = formats["date-time"];
function validate22(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "account_id" },
        message: "must have required property '" + "account_id" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "created_at" },
        message: "must have required property '" + "created_at" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_by_user_id === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "created_by_user_id" },
        message: "must have required property '" + "created_by_user_id" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.deployment_count === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "deployment_count" },
        message: "must have required property '" + "deployment_count" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.model_type === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "model_type" },
        message: "must have required property '" + "model_type" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property '" + "name" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.request_schema === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "request_schema" },
        message: "must have required property '" + "request_schema" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.response_schema === undefined) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "response_schema" },
        message: "must have required property '" + "response_schema" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.supports_multi_turn === undefined) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "supports_multi_turn" },
        message: "must have required property '" + "supports_multi_turn" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err10 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.name.type,
          parentSchema: schema33.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.display_name !== undefined) {
      let data1 = data.display_name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err11 = {
          instancePath: instancePath + "/display_name",
          schemaPath: "#/properties/display_name/type",
          keyword: "type",
          params: { type: schema33.properties.display_name.type },
          message: "must be string,null",
          schema: schema33.properties.display_name.type,
          parentSchema: schema33.properties.display_name,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.model_vendor !== undefined) {
      let data2 = data.model_vendor;
      const _errs6 = errors;
      let valid1 = false;
      const _errs7 = errors;
      if (typeof data2 !== "string") {
        const err12 = {
          instancePath: instancePath + "/model_vendor",
          schemaPath: "#/components/schemas/ModelVendor/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema34.type,
          parentSchema: schema34,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(
        data2 === "OPENAI" ||
        data2 === "COHERE" ||
        data2 === "GOOGLE" ||
        data2 === "VERTEX_AI" ||
        data2 === "ANTHROPIC" ||
        data2 === "LAUNCH" ||
        data2 === "LLMENGINE" ||
        data2 === "BEDROCK" ||
        data2 === "OTHER"
      )) {
        const err13 = {
          instancePath: instancePath + "/model_vendor",
          schemaPath: "#/components/schemas/ModelVendor/enum",
          keyword: "enum",
          params: { allowedValues: schema34.enum },
          message: "must be equal to one of the allowed values",
          schema: schema34.enum,
          parentSchema: schema34,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      const _errs10 = errors;
      if (data2 !== null) {
        const err14 = {
          instancePath: instancePath + "/model_vendor",
          schemaPath: "#/properties/model_vendor/anyOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
          schema: schema33.properties.model_vendor.anyOf[1].type,
          parentSchema: schema33.properties.model_vendor.anyOf[1],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err15 = {
          instancePath: instancePath + "/model_vendor",
          schemaPath: "#/properties/model_vendor/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema33.properties.model_vendor.anyOf,
          parentSchema: schema33.properties.model_vendor,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
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
    if (data.model_type !== undefined) {
      let data3 = data.model_type;
      if (typeof data3 !== "string") {
        const err16 = {
          instancePath: instancePath + "/model_type",
          schemaPath: "#/components/schemas/ModelType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.type,
          parentSchema: schema35,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(
        data3 === "COMPLETION" ||
        data3 === "CHAT_COMPLETION" ||
        data3 === "AGENT" ||
        data3 === "EMBEDDING" ||
        data3 === "RERANKING" ||
        data3 === "GENERIC"
      )) {
        const err17 = {
          instancePath: instancePath + "/model_type",
          schemaPath: "#/components/schemas/ModelType/enum",
          keyword: "enum",
          params: { allowedValues: schema35.enum },
          message: "must be equal to one of the allowed values",
          schema: schema35.enum,
          parentSchema: schema35,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.base_model_id !== undefined) {
      let data4 = data.base_model_id;
      if (typeof data4 !== "string" && data4 !== null) {
        const err18 = {
          instancePath: instancePath + "/base_model_id",
          schemaPath: "#/properties/base_model_id/type",
          keyword: "type",
          params: { type: schema33.properties.base_model_id.type },
          message: "must be string,null",
          schema: schema33.properties.base_model_id.type,
          parentSchema: schema33.properties.base_model_id,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.base_model_metadata !== undefined) {
      let data5 = data.base_model_metadata;
      const _errs18 = errors;
      let valid4 = false;
      const _errs19 = errors;
      if (
        !validate23(data5, {
          instancePath: instancePath + "/base_model_metadata",
          parentData: data,
          parentDataProperty: "base_model_metadata",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs19 === errors;
      valid4 = valid4 || _valid1;
      if (_valid1) {
        var props0 = {};
        props0.ui_model_section_type = true;
        props0.model_developer = true;
        props0.model_license_url = true;
        props0.delivery_date = true;
        props0.modelDetails = true;
      }
      const _errs20 = errors;
      if (data5 !== null) {
        const err19 = {
          instancePath: instancePath + "/base_model_metadata",
          schemaPath: "#/properties/base_model_metadata/anyOf/1/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null",
          schema: schema33.properties.base_model_metadata.anyOf[1].type,
          parentSchema: schema33.properties.base_model_metadata.anyOf[1],
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const err20 = {
          instancePath: instancePath + "/base_model_metadata",
          schemaPath: "#/properties/base_model_metadata/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema33.properties.base_model_metadata.anyOf,
          parentSchema: schema33.properties.base_model_metadata,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
          if (_errs18) {
            vErrors.length = _errs18;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.model_creation_parameters !== undefined) {
      let data6 = data.model_creation_parameters;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err21 = {
          instancePath: instancePath + "/model_creation_parameters",
          schemaPath: "#/properties/model_creation_parameters/type",
          keyword: "type",
          params: { type: schema33.properties.model_creation_parameters.type },
          message: "must be object,null",
          schema: schema33.properties.model_creation_parameters.type,
          parentSchema: schema33.properties.model_creation_parameters,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.model_card !== undefined) {
      let data7 = data.model_card;
      if (typeof data7 !== "string" && data7 !== null) {
        const err22 = {
          instancePath: instancePath + "/model_card",
          schemaPath: "#/properties/model_card/type",
          keyword: "type",
          params: { type: schema33.properties.model_card.type },
          message: "must be string,null",
          schema: schema33.properties.model_card.type,
          parentSchema: schema33.properties.model_card,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.training_data_card !== undefined) {
      let data8 = data.training_data_card;
      if (typeof data8 !== "string" && data8 !== null) {
        const err23 = {
          instancePath: instancePath + "/training_data_card",
          schemaPath: "#/properties/training_data_card/type",
          keyword: "type",
          params: { type: schema33.properties.training_data_card.type },
          message: "must be string,null",
          schema: schema33.properties.training_data_card.type,
          parentSchema: schema33.properties.training_data_card,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data9 = data.description;
      if (typeof data9 !== "string" && data9 !== null) {
        const err24 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/properties/description/type",
          keyword: "type",
          params: { type: schema33.properties.description.type },
          message: "must be string,null",
          schema: schema33.properties.description.type,
          parentSchema: schema33.properties.description,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.model_template_id !== undefined) {
      let data10 = data.model_template_id;
      if (typeof data10 !== "string" && data10 !== null) {
        const err25 = {
          instancePath: instancePath + "/model_template_id",
          schemaPath: "#/properties/model_template_id/type",
          keyword: "type",
          params: { type: schema33.properties.model_template_id.type },
          message: "must be string,null",
          schema: schema33.properties.model_template_id.type,
          parentSchema: schema33.properties.model_template_id,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.model_group_id !== undefined) {
      let data11 = data.model_group_id;
      if (typeof data11 !== "string" && data11 !== null) {
        const err26 = {
          instancePath: instancePath + "/model_group_id",
          schemaPath: "#/properties/model_group_id/type",
          keyword: "type",
          params: { type: schema33.properties.model_group_id.type },
          message: "must be string,null",
          schema: schema33.properties.model_group_id.type,
          parentSchema: schema33.properties.model_group_id,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data12 = data.id;
      if (typeof data12 !== "string") {
        const err27 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/properties/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.id.type,
          parentSchema: schema33.properties.id,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data13 = data.created_at;
      if (typeof data13 === "string") {
        if (!formats0(data13)) {
          const err28 = {
            instancePath: instancePath + "/created_at",
            schemaPath: "#/properties/created_at/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema33.properties.created_at,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/created_at",
          schemaPath: "#/properties/created_at/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.created_at.type,
          parentSchema: schema33.properties.created_at,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.account_id !== undefined) {
      let data14 = data.account_id;
      if (typeof data14 !== "string") {
        const err30 = {
          instancePath: instancePath + "/account_id",
          schemaPath: "#/properties/account_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.account_id.type,
          parentSchema: schema33.properties.account_id,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.created_by_user_id !== undefined) {
      let data15 = data.created_by_user_id;
      if (typeof data15 !== "string") {
        const err31 = {
          instancePath: instancePath + "/created_by_user_id",
          schemaPath: "#/properties/created_by_user_id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.created_by_user_id.type,
          parentSchema: schema33.properties.created_by_user_id,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.request_schema !== undefined) {
      let data16 = data.request_schema;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
      } else {
        const err32 = {
          instancePath: instancePath + "/request_schema",
          schemaPath: "#/properties/request_schema/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema33.properties.request_schema.type,
          parentSchema: schema33.properties.request_schema,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.response_schema !== undefined) {
      let data17 = data.response_schema;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
      } else {
        const err33 = {
          instancePath: instancePath + "/response_schema",
          schemaPath: "#/properties/response_schema/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema33.properties.response_schema.type,
          parentSchema: schema33.properties.response_schema,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.deployment_count !== undefined) {
      let data18 = data.deployment_count;
      if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        const err34 = {
          instancePath: instancePath + "/deployment_count",
          schemaPath: "#/properties/deployment_count/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema33.properties.deployment_count.type,
          parentSchema: schema33.properties.deployment_count,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.supports_multi_turn !== undefined) {
      let data19 = data.supports_multi_turn;
      if (typeof data19 !== "boolean") {
        const err35 = {
          instancePath: instancePath + "/supports_multi_turn",
          schemaPath: "#/properties/supports_multi_turn/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema33.properties.supports_multi_turn.type,
          parentSchema: schema33.properties.supports_multi_turn,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = {
  props: {
    name: true,
    display_name: true,
    model_vendor: true,
    model_type: true,
    base_model_id: true,
    base_model_metadata: true,
    model_creation_parameters: true,
    model_card: true,
    training_data_card: true,
    description: true,
    model_template_id: true,
    model_group_id: true,
    id: true,
    created_at: true,
    account_id: true,
    created_by_user_id: true,
    request_schema: true,
    response_schema: true,
    deployment_count: true,
    supports_multi_turn: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = {
  props: {
    name: true,
    display_name: true,
    model_vendor: true,
    model_type: true,
    base_model_id: true,
    base_model_metadata: true,
    model_creation_parameters: true,
    model_card: true,
    training_data_card: true,
    description: true,
    model_template_id: true,
    model_group_id: true,
    id: true,
    created_at: true,
    account_id: true,
    created_by_user_id: true,
    request_schema: true,
    response_schema: true,
    deployment_count: true,
    supports_multi_turn: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const addModelInstanceToModelGroup422 = validate26;
const schema39 = {
  $ref: "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/422/content/application~1json/schema",
};
const schema40 = {
  title: "HTTPValidationError",
  type: "object",
  properties: {
    detail: { type: "array", items: { $ref: "#/components/schemas/ValidationError" } },
  },
};
const schema41 = {
  title: "ValidationError",
  type: "object",
  required: ["loc", "msg", "type"],
  properties: {
    loc: { type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } },
    msg: { type: "string" },
    type: { type: "string" },
    input: {},
    ctx: { type: "object", additionalProperties: true },
  },
};
function validate27(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.detail !== undefined) {
      let data0 = data.detail;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.loc === undefined) {
              const err0 = {
                instancePath: instancePath + "/detail/" + i0,
                schemaPath: "#/components/schemas/ValidationError/required",
                keyword: "required",
                params: { missingProperty: "loc" },
                message: "must have required property '" + "loc" + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            if (data1.msg === undefined) {
              const err1 = {
                instancePath: instancePath + "/detail/" + i0,
                schemaPath: "#/components/schemas/ValidationError/required",
                keyword: "required",
                params: { missingProperty: "msg" },
                message: "must have required property '" + "msg" + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.type === undefined) {
              const err2 = {
                instancePath: instancePath + "/detail/" + i0,
                schemaPath: "#/components/schemas/ValidationError/required",
                keyword: "required",
                params: { missingProperty: "type" },
                message: "must have required property '" + "type" + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.loc !== undefined) {
              let data2 = data1.loc;
              if (Array.isArray(data2)) {
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data3 = data2[i1];
                  const _errs9 = errors;
                  let valid7 = false;
                  const _errs10 = errors;
                  if (typeof data3 !== "string") {
                    const err3 = {
                      instancePath: instancePath + "/detail/" + i0 + "/loc/" + i1,
                      schemaPath:
                        "#/components/schemas/ValidationError/properties/loc/items/anyOf/0/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema41.properties.loc.items.anyOf[0].type,
                      parentSchema: schema41.properties.loc.items.anyOf[0],
                      data: data3,
                    };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                  var _valid0 = _errs10 === errors;
                  valid7 = valid7 || _valid0;
                  const _errs12 = errors;
                  if (!(
                    typeof data3 == "number" &&
                    !(data3 % 1) &&
                    !isNaN(data3) &&
                    isFinite(data3)
                  )) {
                    const err4 = {
                      instancePath: instancePath + "/detail/" + i0 + "/loc/" + i1,
                      schemaPath:
                        "#/components/schemas/ValidationError/properties/loc/items/anyOf/1/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema41.properties.loc.items.anyOf[1].type,
                      parentSchema: schema41.properties.loc.items.anyOf[1],
                      data: data3,
                    };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                  var _valid0 = _errs12 === errors;
                  valid7 = valid7 || _valid0;
                  if (!valid7) {
                    const err5 = {
                      instancePath: instancePath + "/detail/" + i0 + "/loc/" + i1,
                      schemaPath: "#/components/schemas/ValidationError/properties/loc/items/anyOf",
                      keyword: "anyOf",
                      params: {},
                      message: "must match a schema in anyOf",
                      schema: schema41.properties.loc.items.anyOf,
                      parentSchema: schema41.properties.loc.items,
                      data: data3,
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  } else {
                    errors = _errs9;
                    if (vErrors !== null) {
                      if (_errs9) {
                        vErrors.length = _errs9;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err6 = {
                  instancePath: instancePath + "/detail/" + i0 + "/loc",
                  schemaPath: "#/components/schemas/ValidationError/properties/loc/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema41.properties.loc.type,
                  parentSchema: schema41.properties.loc,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.msg !== undefined) {
              let data4 = data1.msg;
              if (typeof data4 !== "string") {
                const err7 = {
                  instancePath: instancePath + "/detail/" + i0 + "/msg",
                  schemaPath: "#/components/schemas/ValidationError/properties/msg/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema41.properties.msg.type,
                  parentSchema: schema41.properties.msg,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.type !== undefined) {
              let data5 = data1.type;
              if (typeof data5 !== "string") {
                const err8 = {
                  instancePath: instancePath + "/detail/" + i0 + "/type",
                  schemaPath: "#/components/schemas/ValidationError/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema41.properties.type.type,
                  parentSchema: schema41.properties.type,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.ctx !== undefined) {
              let data6 = data1.ctx;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              } else {
                const err9 = {
                  instancePath: instancePath + "/detail/" + i0 + "/ctx",
                  schemaPath: "#/components/schemas/ValidationError/properties/ctx/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema41.properties.ctx.type,
                  parentSchema: schema41.properties.ctx,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/detail/" + i0,
              schemaPath: "#/components/schemas/ValidationError/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema41.type,
              parentSchema: schema41,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/detail",
          schemaPath: "#/properties/detail/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema40.properties.detail.type,
          parentSchema: schema40.properties.detail,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema40.type,
      parentSchema: schema40,
      data,
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: { detail: true }, dynamicProps: false, dynamicItems: false };
function validate26(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (
    !validate27(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
    errors = vErrors.length;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: { detail: true }, dynamicProps: false, dynamicItems: false };
export const addModelInstanceToModelGroupDefault = validate29;
const schema42 = {
  $ref: "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/default/content/application~1json/schema",
};
const schema43 = {
  title: "ErrorResponse",
  type: "object",
  properties: { detail: { anyOf: [{ type: "string" }, { type: "array", items: {} }] } },
};
function validate29(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.detail !== undefined) {
      let data0 = data.detail;
      const _errs3 = errors;
      let valid2 = false;
      const _errs4 = errors;
      if (typeof data0 !== "string") {
        const err0 = {
          instancePath: instancePath + "/detail",
          schemaPath:
            "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/default/content/application~1json/schema/properties/detail/anyOf/0/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema43.properties.detail.anyOf[0].type,
          parentSchema: schema43.properties.detail.anyOf[0],
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid2 = valid2 || _valid0;
      const _errs6 = errors;
      if (!Array.isArray(data0)) {
        const err1 = {
          instancePath: instancePath + "/detail",
          schemaPath:
            "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/default/content/application~1json/schema/properties/detail/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema43.properties.detail.anyOf[1].type,
          parentSchema: schema43.properties.detail.anyOf[1],
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err2 = {
          instancePath: instancePath + "/detail",
          schemaPath:
            "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/default/content/application~1json/schema/properties/detail/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema43.properties.detail.anyOf,
          parentSchema: schema43.properties.detail,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath:
        "openapi.yaml#/paths/~1v4~1model-groups~1%7Bmodel_group_id%7D~1models~1%7Bmodel_instance_id%7D/post/responses/default/content/application~1json/schema/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema43.type,
      parentSchema: schema43,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: { detail: true }, dynamicProps: false, dynamicItems: false };

/** Every operation's documented responses by status; null where no JSON body is documented. */
export const operationResponses = {
  addModelInstanceToModelGroup: {
    method: "post",
    path: "/v4/model-groups/{model_group_id}/models/{model_instance_id}",
    responses: {
      200: { name: "ModelInstance", validate: addModelInstanceToModelGroup200 },
      422: { name: "HTTPValidationError", validate: addModelInstanceToModelGroup422 },
      default: { name: "ErrorResponse", validate: addModelInstanceToModelGroupDefault },
    },
  },
};
