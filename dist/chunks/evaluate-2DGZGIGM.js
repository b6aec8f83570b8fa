import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  CHUNK_SIZE,
  findJsonSyntaxError,
  forEachByteLine,
  readByteChunks,
  utf8Text
} from "./chunk-H3CXIT7E.js";
import {
  parseYaml
} from "./chunk-SZGMGQCO.js";
import {
  describeSchemaError,
  foldSchemaErrors,
  keyPath,
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_draft7,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error,
  valueAtPointer
} from "./chunk-G5YK3C7D.js";
import {
  git
} from "./chunk-LSCINVSE.js";
import {
  userErrorFinding
} from "./chunk-EEB4WOE3.js";
import {
  glob
} from "./chunk-BFRYYFKR.js";
import {
  require_picomatch
} from "./chunk-RA43G3UU.js";
import {
  ratio
} from "./chunk-UP7ECBAX.js";
import {
  InputError,
  UserError,
  errorMessage
} from "./chunk-JB365UXO.js";
import {
  __commonJS,
  __toESM
} from "./chunk-UETBL5CI.js";

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core = require_core3();
    var format = require_format2();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core = require_core4();
    var format = require_format_annotation();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI2 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI2.test(str);
    }
    var BYTE2 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE2.lastIndex = 0;
      return BYTE2.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs2, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs2[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/gates/data-schema/evaluate.ts
import { join as join3 } from "node:path";

// src/gates/data-schema/breaking/base.ts
import { extname } from "node:path";
var MAX_SCHEMA_BYTES = 8 * 1024 * 1024;
var MAX_HISTORY = 50;
var BaseError = class extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
  fix;
  name = "BaseError";
};
function run(cwd, args) {
  return git(cwd, args, { maxBuffer: MAX_SCHEMA_BYTES });
}
async function resolveMergeBase(cwd, base) {
  if (base.trim() === "" || base.startsWith("-") || /[\s\0]/.test(base)) {
    throw new BaseError(
      `base ref ${JSON.stringify(base)} is not a valid git ref`,
      "Pass a branch, tag or commit as base, e.g. origin/main."
    );
  }
  try {
    await run(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`]);
  } catch {
    throw new BaseError(
      `base ref "${base}" is not a commit in this repository, so schema changes cannot be compared`,
      "Fetch it first: actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`."
    );
  }
  try {
    return (await run(cwd, ["merge-base", "--end-of-options", base, "HEAD"])).trim();
  } catch {
    throw new BaseError(
      `no merge base between "${base}" and HEAD: the clone is probably shallow`,
      "Use actions/checkout with fetch-depth: 0 (or fetch enough history to reach the fork point)."
    );
  }
}
function parseSchemaText(text, path) {
  const ext = extname(path).toLowerCase();
  if (ext === ".yml" || ext === ".yaml") return parseYaml(text, path).value;
  return JSON.parse(text);
}
async function readAtCommit(cwd, commit, path) {
  const object = `${commit}:${path}`;
  try {
    await run(cwd, ["cat-file", "-e", object]);
  } catch {
    return void 0;
  }
  try {
    return await run(cwd, ["cat-file", "blob", object]);
  } catch (error) {
    const code = error.code;
    if (code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") {
      throw new BaseError(
        `the base version of ${path} is larger than ${MAX_SCHEMA_BYTES} bytes`,
        "Keep schema files small; split the schema or review the change by hand."
      );
    }
    throw new BaseError(
      `cannot read ${path} at ${commit.slice(0, 12)}: ${errorMessage(error)}`,
      "Check the repository."
    );
  }
}
function parseVersion(text, path, commit) {
  try {
    return { commit, path, value: parseSchemaText(text, path) };
  } catch (error) {
    throw new BaseError(
      `the base version of ${path} (${commit.slice(0, 12)}) does not parse: ${errorMessage(error)}`,
      "The base version of the schema could not be read; review the change by hand."
    );
  }
}
async function loadBaseVersion(cwd, mergeBase, path) {
  const text = await readAtCommit(cwd, mergeBase, path);
  return text === void 0 ? void 0 : parseVersion(text, path, mergeBase);
}
async function loadHistory(cwd, mergeBase, path) {
  const log = await run(cwd, [
    "log",
    "--follow",
    "--format=%x01%H",
    "--name-only",
    `-n${MAX_HISTORY}`,
    mergeBase,
    "--",
    path
  ]);
  const versions = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of log.split("").slice(1)) {
    const [commit = "", ...names] = entry.split("\n").map((s) => s.trim());
    const at2 = names.find((n) => n !== "") ?? path;
    const text = await readAtCommit(cwd, commit, at2);
    if (text === void 0 || seen.has(text)) continue;
    seen.add(text);
    try {
      versions.push(parseVersion(text, at2, commit));
    } catch {
      continue;
    }
  }
  return versions;
}

// src/gates/data-schema/breaking/change.ts
import { isDeepStrictEqual } from "node:util";

// src/gates/data-schema/breaking/rules.ts
var B = "breaking";
var W = "warning";
var OK = "ok";
function rule(name, description, [backward, forward, full], fix) {
  return { id: `data-schema/${name}`, description, verdict: { backward, forward, full }, fix };
}
var RULES = {
  columnRemoved: rule(
    "column-removed",
    "A column (Table Schema field) or object property was removed.",
    [W, B, B],
    "Keep the column (deprecate it in its description) or bump the schema version by a major version."
  ),
  columnRenamed: rule(
    "column-renamed",
    "A column or property was renamed (removed and added with the same type at the same place).",
    [B, B, B],
    "Keep the old name (add the new one alongside it) or bump the schema version by a major version."
  ),
  requiredColumnAdded: rule(
    "required-column-added",
    "A column or property was added that old data must have (required, or a field under fieldsMatch exact/equal/subset).",
    [B, W, B],
    "Add the column as optional (not required, or fieldsMatch superset/partial) or bump the major version."
  ),
  columnAddedClosed: rule(
    "column-added-closed",
    "An optional column was added to a closed schema (fieldsMatch exact/equal, additionalProperties false).",
    [W, B, W],
    "Make sure every consumer reads the new column by name, or bump the major version."
  ),
  optionalColumnAdded: rule(
    "optional-column-added",
    "An optional column or property was added to an open schema.",
    [OK, OK, OK],
    "Nothing to do; consumers that ignore unknown columns are unaffected."
  ),
  columnReordered: rule(
    "column-reordered",
    "Columns changed order while fields are matched by position (fieldsMatch exact).",
    [B, B, B],
    "Restore the old column order, or match fields by name (fieldsMatch: equal)."
  ),
  typeChanged: rule(
    "type-changed",
    "A type changed to an incompatible one (e.g. string \u2192 integer).",
    [B, B, B],
    "Add a new column with the new type instead of changing this one, or bump the major version."
  ),
  typeNarrowed: rule(
    "type-narrowed",
    "A type was narrowed (number \u2192 integer, a type removed from a type list, any \u2192 string).",
    [B, OK, B],
    "Keep the wider type and validate the narrower one downstream, or bump the major version."
  ),
  typeWidened: rule(
    "type-widened",
    "A type was widened (integer \u2192 number, a type added to a type list; Avro-style promotion).",
    [OK, B, W],
    "Check that every consumer accepts the wider type (e.g. floats where it expected integers)."
  ),
  requiredAdded: rule(
    "required-added",
    "An existing column or property became required (non-null).",
    [B, OK, B],
    "Keep it optional and fill missing values upstream, or bump the major version."
  ),
  requiredRemoved: rule(
    "required-removed",
    "A required column or property became optional (nullable).",
    [OK, B, W],
    "Make sure every consumer handles missing values in this column."
  ),
  enumValueRemoved: rule(
    "enum-value-removed",
    "A value was removed from an enum (or a const changed).",
    [B, OK, B],
    "Keep the value in the enum (map it downstream) or bump the major version."
  ),
  enumValueAdded: rule(
    "enum-value-added",
    "A value was added to an enum.",
    [OK, B, W],
    "Make sure every consumer (encoders, category maps) handles the new value."
  ),
  constraintTightened: rule(
    "constraint-tightened",
    "A constraint was added or tightened (minimum raised, maximum lowered, length, pattern, unique, enum added).",
    [B, OK, B],
    "Loosen the constraint back, or check existing data against it and bump the major version."
  ),
  constraintLoosened: rule(
    "constraint-loosened",
    "A constraint was removed or loosened.",
    [OK, B, W],
    "Make sure every consumer accepts the wider range of values."
  ),
  primaryKeyChanged: rule(
    "primary-key-changed",
    "The primary key changed (columns added, removed or reordered).",
    [B, B, B],
    "Keep the primary key, or bump the major version and migrate joins that use it."
  ),
  missingValueRemoved: rule(
    "missing-value-removed",
    "A missingValues token was removed, so old data that used it no longer reads as missing.",
    [B, OK, B],
    "Keep the token in missingValues, or rewrite old data and bump the major version."
  ),
  missingValueAdded: rule(
    "missing-value-added",
    "A missingValues token was added; old consumers read it as a value.",
    [OK, B, W],
    "Make sure every consumer treats the new token as missing."
  ),
  formatChanged: rule(
    "format-changed",
    "A format (date pattern, number format, JSON Schema format) was added, removed or changed.",
    [B, B, B],
    "Keep the old format (add a new column for the new one) or bump the major version."
  ),
  schemaClosed: rule(
    "schema-closed",
    "The schema became stricter about extra columns (additionalProperties false, a stricter fieldsMatch).",
    [B, OK, B],
    "Keep the schema open, or check that no data carries extra columns and bump the major version."
  ),
  schemaOpened: rule(
    "schema-opened",
    "The schema became looser about extra columns (additionalProperties allowed, a looser fieldsMatch).",
    [OK, B, W],
    "Make sure every consumer ignores columns it does not know."
  ),
  notAnalysed: rule(
    "change-not-analysed",
    "A part the differ does not analyse changed (allOf/anyOf/oneOf/not, remote $ref, jsonSchema constraint, foreignKeys).",
    [W, W, W],
    "Review the change by hand; waive it if it is compatible."
  )
};
var OPERATIONAL_RULES = {
  baseUnavailable: {
    id: "data-schema/base-unavailable",
    fix: "Use actions/checkout with fetch-depth: 0 (or `git fetch origin <branch>`), and pass a branch, tag or commit as base."
  },
  baseUnreadable: {
    id: "data-schema/base-unreadable",
    fix: "The base version of the schema could not be read or parsed; review the change by hand."
  },
  waiverExpired: {
    id: "data-schema/waiver-expired",
    fix: "Remove the waiver, or extend its expiry if the breaking change is still accepted."
  }
};
var RULE_LIST = Object.values(RULES);

// src/gates/data-schema/breaking/change.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function pointerSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function show(value) {
  if (value === void 0) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function same(a, b) {
  return isDeepStrictEqual(a, b);
}
var ChangeSink = class {
  changes = [];
  add(rule2, pointer, message) {
    this.changes.push({ rule: rule2, pointer, message });
  }
};
function compareBound(sink, kind, keyword, oldValue, newValue, subject, pointer) {
  if (same(oldValue, newValue)) return;
  const message = `${subject}: ${keyword} ${show(oldValue)} \u2192 ${show(newValue)}`;
  if (oldValue === void 0) {
    sink.add(RULES.constraintTightened, pointer, message);
    return;
  }
  if (newValue === void 0) {
    sink.add(RULES.constraintLoosened, pointer, message);
    return;
  }
  const order = compareOrdered(oldValue, newValue);
  if (order === void 0) {
    sink.add(RULES.constraintTightened, pointer, message);
    return;
  }
  const tighter = kind === "lower" ? order < 0 : order > 0;
  sink.add(tighter ? RULES.constraintTightened : RULES.constraintLoosened, pointer, message);
}
function compareOrdered(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : 1;
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?(T[\d:.]+Z?)?$|^\d{2}:\d{2}(:\d{2})?$/;
  if (typeof a === "string" && typeof b === "string" && iso.test(a) && iso.test(b) && a.length === b.length) {
    return a < b ? -1 : 1;
  }
  return void 0;
}
function compareFlag(sink, keyword, oldValue, newValue, subject, pointer) {
  const was = oldValue === true;
  const is = newValue === true;
  if (was === is) return;
  sink.add(
    is ? RULES.constraintTightened : RULES.constraintLoosened,
    pointer,
    `${subject}: ${keyword} ${String(was)} \u2192 ${String(is)}`
  );
}
function comparePattern(sink, oldValue, newValue, subject, pointer) {
  if (same(oldValue, newValue)) return;
  const message = `${subject}: pattern ${show(oldValue)} \u2192 ${show(newValue)}`;
  sink.add(newValue === void 0 ? RULES.constraintLoosened : RULES.constraintTightened, pointer, message);
}
function compareEnum(sink, oldValues, newValues, subject, pointer) {
  if (oldValues === void 0 && newValues === void 0) return;
  if (oldValues === void 0) {
    sink.add(RULES.constraintTightened, pointer, `${subject}: enum added ${show(newValues)}`);
    return;
  }
  if (newValues === void 0) {
    sink.add(RULES.constraintLoosened, pointer, `${subject}: enum ${show(oldValues)} removed`);
    return;
  }
  const removed = oldValues.filter((v) => !newValues.some((n) => same(n, v)));
  const added = newValues.filter((v) => !oldValues.some((o) => same(o, v)));
  if (removed.length > 0) {
    sink.add(
      RULES.enumValueRemoved,
      pointer,
      `${subject}: enum value${removed.length > 1 ? "s" : ""} ${removed.map(show).join(", ")} removed (${show(oldValues)} \u2192 ${show(newValues)})`
    );
  }
  if (added.length > 0) {
    sink.add(
      RULES.enumValueAdded,
      pointer,
      `${subject}: enum value${added.length > 1 ? "s" : ""} ${added.map(show).join(", ")} added (${show(oldValues)} \u2192 ${show(newValues)})`
    );
  }
}
function compareFormat(sink, oldValue, newValue, subject, pointer) {
  if (same(oldValue, newValue)) return;
  sink.add(RULES.formatChanged, pointer, `${subject}: format ${show(oldValue)} \u2192 ${show(newValue)}`);
}

// src/gates/data-schema/breaking/json-schema-diff.ts
var MAX_DEPTH = 64;
var MAX_REF_HOPS = 16;
function diffJsonSchema(oldValue, newValue) {
  const sink = new ChangeSink();
  diffNode(sink, oldValue, newValue, "", "schema root", {
    oldRoot: oldValue,
    newRoot: newValue,
    depth: 0,
    visited: /* @__PURE__ */ new Set()
  });
  return sink.changes;
}
function atPointer(root, pointer) {
  if (pointer === "") return root;
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return void 0;
  }
  return node;
}
function resolve(node, root, pointer) {
  let current = node;
  let at2 = pointer;
  let target;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObject(current) || typeof current.$ref !== "string") return { node: current, pointer: at2, target };
    const ref = current.$ref;
    if (!ref.startsWith("#")) return { node: current, pointer: at2, target, opaqueRef: ref };
    const found = atPointer(root, ref.slice(1));
    if (found === void 0) return { node: current, pointer: at2, target, opaqueRef: ref };
    const siblings = Object.fromEntries(Object.entries(current).filter(([key]) => key !== "$ref"));
    current = isObject(found) && Object.keys(siblings).length > 0 ? { ...found, ...siblings } : found;
    at2 = ref.slice(1);
    target = ref;
  }
  return {
    node: current,
    pointer: at2,
    target,
    opaqueRef: isObject(current) ? String(current.$ref) : void 0
  };
}
function diffNode(sink, rawOld, rawNew, pointer, subject, ctx) {
  if (ctx.depth > MAX_DEPTH) return;
  const oldResolved = resolve(rawOld, ctx.oldRoot, "");
  const newResolved = resolve(rawNew, ctx.newRoot, pointer);
  let visited = ctx.visited;
  if (oldResolved.target !== void 0 || newResolved.target !== void 0) {
    const key = `${oldResolved.target ?? ""}|${newResolved.target ?? ""}`;
    if (visited.has(key)) return;
    visited = /* @__PURE__ */ new Set([...visited, key]);
  }
  const next = { ...ctx, depth: ctx.depth + 1, visited };
  const at2 = newResolved.target !== void 0 ? newResolved.pointer : pointer;
  const before = oldResolved.node;
  const after = newResolved.node;
  if (oldResolved.opaqueRef !== void 0 || newResolved.opaqueRef !== void 0) {
    if (oldResolved.opaqueRef !== newResolved.opaqueRef) {
      sink.add(
        RULES.notAnalysed,
        at2,
        `${subject}: $ref ${show(oldResolved.opaqueRef)} \u2192 ${show(newResolved.opaqueRef)} (not followed)`
      );
    }
    return;
  }
  if (typeof before === "boolean" || typeof after === "boolean") {
    diffBooleanSchema(sink, before, after, at2, subject);
    return;
  }
  if (!isObject(before) || !isObject(after)) return;
  diffType(sink, before, after, at2, subject);
  compareEnum(sink, enumOf(before), enumOf(after), subject, `${at2}/${"enum" in after ? "enum" : "const"}`);
  diffConstraints(sink, before, after, at2, subject);
  diffObject(sink, before, after, at2, subject, next);
  diffItems(sink, before, after, at2, subject, next);
  for (const key of COMPOSITION_KEYS) {
    if (!same(before[key], after[key])) {
      sink.add(RULES.notAnalysed, `${at2}/${key}`, `${subject}: ${key} changed`);
    }
  }
}
var COMPOSITION_KEYS = [
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "patternProperties",
  "dependentSchemas",
  "dependentRequired",
  "dependencies"
];
function diffBooleanSchema(sink, before, after, at2, subject) {
  if (same(before, after)) return;
  const rank = (v) => v === true || v === void 0 ? 2 : v === false ? 0 : 1;
  const message = `${subject}: schema ${show(before)} \u2192 ${show(after)}`;
  sink.add(rank(after) < rank(before) ? RULES.constraintTightened : RULES.constraintLoosened, at2, message);
}
function enumOf(node) {
  if (Array.isArray(node.enum)) return node.enum;
  if (Object.hasOwn(node, "const")) return [node.const];
  return void 0;
}
function typesOf(node) {
  if (typeof node.type === "string") return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t) => typeof t === "string");
  return void 0;
}
function covered(t, types) {
  return types.includes(t) || t === "integer" && types.includes("number");
}
function diffType(sink, before, after, at2, subject) {
  const oldTypes = typesOf(before);
  const newTypes = typesOf(after);
  if (oldTypes === void 0 && newTypes === void 0) return;
  const message = `${subject}: type ${show(before.type)} \u2192 ${show(after.type)}`;
  const pointer = `${at2}/type`;
  if (oldTypes === void 0) {
    sink.add(RULES.typeNarrowed, pointer, message);
    return;
  }
  if (newTypes === void 0) {
    sink.add(RULES.typeWidened, pointer, message);
    return;
  }
  const removed = oldTypes.filter((t) => !covered(t, newTypes));
  const added = newTypes.filter((t) => !covered(t, oldTypes));
  if (removed.length === 0 && added.length === 0) return;
  if (removed.length > 0 && added.length > 0) {
    sink.add(RULES.typeChanged, pointer, message);
    return;
  }
  if (removed.length === 1 && removed[0] === "null") {
    sink.add(RULES.requiredAdded, pointer, `${message} (no longer nullable)`);
    return;
  }
  if (added.length === 1 && added[0] === "null") {
    sink.add(RULES.requiredRemoved, pointer, `${message} (now nullable)`);
    return;
  }
  sink.add(removed.length > 0 ? RULES.typeNarrowed : RULES.typeWidened, pointer, message);
}
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
function diffConstraints(sink, before, after, at2, subject) {
  const p = (key) => `${at2}/${key}`;
  for (const [kind, keys] of [
    ["lower", LOWER_BOUNDS],
    ["upper", UPPER_BOUNDS]
  ]) {
    for (const key of keys) {
      if (typeof before[key] === "boolean" || typeof after[key] === "boolean") {
        compareFlag(sink, key, before[key], after[key], subject, p(key));
      } else {
        compareBound(sink, kind, key, before[key], after[key], subject, p(key));
      }
    }
  }
  diffMultipleOf(sink, before.multipleOf, after.multipleOf, p("multipleOf"), subject);
  comparePattern(sink, before.pattern, after.pattern, subject, p("pattern"));
  compareFormat(sink, before.format, after.format, subject, p("format"));
  compareFlag(sink, "uniqueItems", before.uniqueItems, after.uniqueItems, subject, p("uniqueItems"));
}
function diffMultipleOf(sink, before, after, at2, subject) {
  if (same(before, after)) return;
  const message = `${subject}: multipleOf ${show(before)} \u2192 ${show(after)}`;
  const loosened = after === void 0 || typeof before === "number" && typeof after === "number" && after !== 0 && Number.isInteger(before / after);
  sink.add(loosened ? RULES.constraintLoosened : RULES.constraintTightened, at2, message);
}
function propertiesOf(node) {
  return isObject(node.properties) ? node.properties : {};
}
function requiredOf(node) {
  return new Set(
    Array.isArray(node.required) ? node.required.filter((r) => typeof r === "string") : []
  );
}
function child(subject, name) {
  const base = subject === "schema root" ? "" : subject.replace(/^property "(.*)"$/, "$1");
  return `property "${base === "" ? name : `${base}.${name}`}"`;
}
function diffObject(sink, before, after, at2, subject, ctx) {
  const oldProps = propertiesOf(before);
  const newProps = propertiesOf(after);
  const oldRequired = requiredOf(before);
  const newRequired = requiredOf(after);
  const propPointer = (name) => `${at2}/properties/${pointerSegment(name)}`;
  const removed = Object.keys(oldProps).filter((k) => !Object.hasOwn(newProps, k));
  const added = Object.keys(newProps).filter((k) => !Object.hasOwn(oldProps, k));
  const renames = /* @__PURE__ */ new Map();
  for (const gone of removed) {
    const twins = added.filter(
      (name) => same(oldProps[gone], newProps[name]) && oldRequired.has(gone) === newRequired.has(name)
    );
    const [twin] = twins;
    if (twins.length === 1 && twin !== void 0 && ![...renames.values()].includes(twin))
      renames.set(gone, twin);
  }
  for (const [gone, now] of renames) {
    sink.add(RULES.columnRenamed, propPointer(now), `${child(subject, gone)} renamed to ${show(now)}`);
  }
  const renamedTo = new Set(renames.values());
  for (const gone of removed) {
    if (!renames.has(gone))
      sink.add(RULES.columnRemoved, `${at2}/properties`, `${child(subject, gone)} removed`);
  }
  for (const now of added) {
    if (renamedTo.has(now)) continue;
    const name = child(subject, now);
    if (newRequired.has(now))
      sink.add(RULES.requiredColumnAdded, propPointer(now), `${name} added as required`);
    else if (before.additionalProperties === false) {
      sink.add(RULES.columnAddedClosed, propPointer(now), `${name} added (additionalProperties was false)`);
    } else sink.add(RULES.optionalColumnAdded, propPointer(now), `${name} added as optional`);
  }
  for (const name of Object.keys(newProps)) {
    if (Object.hasOwn(oldProps, name)) {
      diffNode(sink, oldProps[name], newProps[name], propPointer(name), child(subject, name), ctx);
    }
  }
  const kept = (name) => !removed.includes(name) && !added.includes(name);
  for (const name of newRequired) {
    if (!oldRequired.has(name) && kept(name)) {
      sink.add(RULES.requiredAdded, `${at2}/required`, `${child(subject, name)}: optional \u2192 required`);
    }
  }
  for (const name of oldRequired) {
    if (!newRequired.has(name) && kept(name)) {
      sink.add(RULES.requiredRemoved, `${at2}/required`, `${child(subject, name)}: required \u2192 optional`);
    }
  }
  for (const key of ["additionalProperties", "unevaluatedProperties"]) {
    const was = before[key];
    const is = after[key];
    if (isObject(was) && isObject(is)) {
      diffNode(sink, was, is, `${at2}/${key}`, `${subject} ${key}`, ctx);
    } else if (!same(was, is)) {
      const closedBefore = was === false;
      const closedAfter = is === false;
      const message = `${subject}: ${key} ${show(was)} \u2192 ${show(is)}`;
      if (closedAfter && !closedBefore) sink.add(RULES.schemaClosed, `${at2}/${key}`, message);
      else if (closedBefore && !closedAfter) sink.add(RULES.schemaOpened, `${at2}/${key}`, message);
      else if (isObject(is)) sink.add(RULES.constraintTightened, `${at2}/${key}`, message);
      else sink.add(RULES.constraintLoosened, `${at2}/${key}`, message);
    }
  }
}
function diffItems(sink, before, after, at2, subject, ctx) {
  const itemSubject = subject === "schema root" ? 'property "[]"' : subject.replace(/"$/, '[]"');
  const tupleOf = (n) => Array.isArray(n.prefixItems) ? n.prefixItems : Array.isArray(n.items) ? n.items : void 0;
  const restOf = (n) => Array.isArray(n.items) ? n.additionalItems : n.items;
  const oldTuple = tupleOf(before);
  const newTuple = tupleOf(after);
  if (oldTuple === void 0 !== (newTuple === void 0)) {
    sink.add(
      RULES.typeChanged,
      `${at2}/${Array.isArray(after.prefixItems) ? "prefixItems" : "items"}`,
      `${subject}: array ${oldTuple ? "tuple" : "list"} \u2192 ${newTuple ? "tuple" : "list"}`
    );
    return;
  }
  if (oldTuple && newTuple) {
    const key = Array.isArray(after.prefixItems) ? "prefixItems" : "items";
    const length = Math.max(oldTuple.length, newTuple.length);
    for (let i = 0; i < length; i++) {
      diffNode(
        sink,
        oldTuple[i] ?? true,
        newTuple[i] ?? true,
        `${at2}/${key}/${i}`,
        `${itemSubject} #${i}`,
        ctx
      );
    }
  }
  const oldRest = restOf(before);
  const newRest = restOf(after);
  if (oldRest !== void 0 || newRest !== void 0) {
    const key = Array.isArray(after.items) ? "additionalItems" : "items";
    diffNode(sink, oldRest ?? true, newRest ?? true, `${at2}/${key}`, itemSubject, ctx);
  }
}

// src/gates/data-schema/breaking/table-schema-diff.ts
function diffTableSchema(oldValue, newValue) {
  const sink = new ChangeSink();
  if (isObject(oldValue) && isObject(newValue) && Array.isArray(newValue.resources)) {
    diffPackage(sink, oldValue, newValue);
  } else if (isObject(oldValue) && isObject(newValue)) {
    diffSchema(sink, oldValue, newValue, "", "");
  }
  return sink.changes;
}
function diffPackage(sink, oldPkg, newPkg) {
  const oldResources = Array.isArray(oldPkg.resources) ? oldPkg.resources.filter(isObject) : [];
  const newResources = Array.isArray(newPkg.resources) ? newPkg.resources : [];
  newResources.forEach((resource, index) => {
    if (!isObject(resource) || !isObject(resource.schema)) return;
    const before = oldResources.find((r) => r.name === resource.name);
    if (!before || !isObject(before.schema)) return;
    diffSchema(
      sink,
      before.schema,
      resource.schema,
      `/resources/${index}/schema`,
      `resource ${show(resource.name)} `
    );
  });
}
function fieldsOf(schema) {
  if (!Array.isArray(schema.fields)) return [];
  const out = [];
  schema.fields.forEach((value, index) => {
    if (isObject(value) && typeof value.name === "string") out.push({ name: value.name, index, value });
  });
  return out;
}
var FIELDS_MATCH_RANK = { exact: 4, equal: 3, subset: 2, superset: 2, partial: 1 };
function fieldsMatchOf(schema) {
  return typeof schema.fieldsMatch === "string" ? schema.fieldsMatch : "exact";
}
function diffSchema(sink, oldSchema, newSchema, base, label) {
  const oldFields = fieldsOf(oldSchema);
  const newFields = fieldsOf(newSchema);
  const newByName = new Map(newFields.map((f) => [f.name, f]));
  const oldByName = new Map(oldFields.map((f) => [f.name, f]));
  const removed = oldFields.filter((f) => !newByName.has(f.name));
  const added = newFields.filter((f) => !oldByName.has(f.name));
  const fieldsPointer = `${base}/fields`;
  const at2 = (f) => `${fieldsPointer}/${f.index}`;
  const newMatch = fieldsMatchOf(newSchema);
  const renamedTo = /* @__PURE__ */ new Map();
  for (const gone of removed) {
    const candidate = added.find(
      (f) => f.index === gone.index && typeOf(f.value) === typeOf(gone.value) && ![...renamedTo.values()].includes(f)
    );
    if (candidate) renamedTo.set(gone, candidate);
  }
  for (const [gone, now] of renamedTo) {
    sink.add(RULES.columnRenamed, at2(now), `${label}column ${show(gone.name)} renamed to ${show(now.name)}`);
    diffField(sink, gone.value, now.value, at2(now), `${label}column ${show(now.name)}`);
  }
  const renamedNew = new Set(renamedTo.values());
  for (const gone of removed) {
    if (renamedTo.has(gone)) continue;
    sink.add(RULES.columnRemoved, fieldsPointer, `${label}column ${show(gone.name)} removed`);
  }
  for (const now of added) {
    if (renamedNew.has(now)) continue;
    const subject = `${label}column ${show(now.name)}`;
    const constraints = isObject(now.value.constraints) ? now.value.constraints : {};
    if (constraints.required === true) {
      sink.add(RULES.requiredColumnAdded, at2(now), `${subject} added as required`);
    } else if (newMatch === "exact" || newMatch === "equal") {
      sink.add(RULES.columnAddedClosed, at2(now), `${subject} added (fieldsMatch ${newMatch})`);
    } else if (newMatch === "subset") {
      sink.add(
        RULES.requiredColumnAdded,
        at2(now),
        `${subject} added (fieldsMatch subset: data must have it)`
      );
    } else {
      sink.add(RULES.optionalColumnAdded, at2(now), `${subject} added as optional`);
    }
  }
  for (const now of newFields) {
    const before = oldByName.get(now.name);
    if (before) diffField(sink, before.value, now.value, at2(now), `${label}column ${show(now.name)}`);
  }
  if (newMatch === "exact") {
    const kept = (fields, names) => fields.filter((f) => names.has(f.name)).map((f) => f.name);
    const common = new Set(oldFields.filter((f) => newByName.has(f.name)).map((f) => f.name));
    const oldOrder = kept(oldFields, common);
    const newOrder = kept(newFields, common);
    if (!same(oldOrder, newOrder)) {
      sink.add(
        RULES.columnReordered,
        fieldsPointer,
        `${label}columns reordered: ${show(oldOrder)} \u2192 ${show(newOrder)}`
      );
    }
  }
  const oldMatch = fieldsMatchOf(oldSchema);
  if (oldMatch !== newMatch) {
    const oldRank = FIELDS_MATCH_RANK[oldMatch] ?? 0;
    const newRank = FIELDS_MATCH_RANK[newMatch] ?? 0;
    const rule2 = newRank < oldRank ? RULES.schemaOpened : RULES.schemaClosed;
    sink.add(rule2, `${base}/fieldsMatch`, `${label}fieldsMatch ${show(oldMatch)} \u2192 ${show(newMatch)}`);
  }
  const oldKey = keyOf(oldSchema.primaryKey);
  const newKey = keyOf(newSchema.primaryKey);
  if (!same(oldKey, newKey)) {
    sink.add(
      RULES.primaryKeyChanged,
      `${base}/primaryKey`,
      `${label}primaryKey ${show(oldKey)} \u2192 ${show(newKey)}`
    );
  }
  diffUniqueKeys(sink, oldSchema.uniqueKeys, newSchema.uniqueKeys, `${base}/uniqueKeys`, label);
  diffMissingValues(
    sink,
    oldSchema.missingValues,
    newSchema.missingValues,
    `${base}/missingValues`,
    `${label}schema`
  );
  if (!same(oldSchema.foreignKeys, newSchema.foreignKeys)) {
    sink.add(
      RULES.notAnalysed,
      `${base}/foreignKeys`,
      `${label}foreignKeys ${show(oldSchema.foreignKeys)} \u2192 ${show(newSchema.foreignKeys)}`
    );
  }
}
function keyOf(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.map(String);
  return void 0;
}
function diffUniqueKeys(sink, oldValue, newValue, pointer, label) {
  const keys = (v) => Array.isArray(v) ? v.map(keyOf).filter((k) => k !== void 0) : [];
  const oldKeys = keys(oldValue);
  const newKeys = keys(newValue);
  for (const key of newKeys) {
    if (!oldKeys.some((k) => same(k, key))) {
      sink.add(RULES.constraintTightened, pointer, `${label}unique key ${show(key)} added`);
    }
  }
  for (const key of oldKeys) {
    if (!newKeys.some((k) => same(k, key))) {
      sink.add(RULES.constraintLoosened, pointer, `${label}unique key ${show(key)} removed`);
    }
  }
}
function missingTokens(value, fallback) {
  if (!Array.isArray(value)) return fallback;
  return value.map((v) => isObject(v) ? String(v.value) : String(v));
}
function diffMissingValues(sink, oldValue, newValue, pointer, subject, fallbackOld = [""], fallbackNew = [""]) {
  const before = missingTokens(oldValue, fallbackOld);
  const after = missingTokens(newValue, fallbackNew);
  for (const token of before) {
    if (!after.includes(token)) {
      sink.add(RULES.missingValueRemoved, pointer, `${subject}: missingValues token ${show(token)} removed`);
    }
  }
  for (const token of after) {
    if (!before.includes(token)) {
      sink.add(RULES.missingValueAdded, pointer, `${subject}: missingValues token ${show(token)} added`);
    }
  }
}
function typeOf(field) {
  return typeof field.type === "string" ? field.type : "any";
}
var WIDENS_TO = {
  integer: ["number"],
  year: ["integer", "number"]
};
function typeRelation(from, to) {
  if (from === to) return "same";
  const widens = (a, b) => b === "any" || b === "string" && a !== "any" || (WIDENS_TO[a]?.includes(b) ?? false);
  if (widens(from, to)) return "widened";
  if (widens(to, from)) return "narrowed";
  return "changed";
}
var LEXICAL_KEYS = ["decimalChar", "groupChar", "bareNumber", "trueValues", "falseValues"];
function diffField(sink, oldField, newField, pointer, subject) {
  const oldType = typeOf(oldField);
  const newType = typeOf(newField);
  const relation = typeRelation(oldType, newType);
  if (relation !== "same") {
    const rule2 = relation === "widened" ? RULES.typeWidened : relation === "narrowed" ? RULES.typeNarrowed : RULES.typeChanged;
    sink.add(rule2, `${pointer}/type`, `${subject}: type ${show(oldType)} \u2192 ${show(newType)}`);
  }
  const format = (f) => f.format === "default" ? void 0 : f.format;
  compareFormat(sink, format(oldField), format(newField), subject, `${pointer}/format`);
  for (const key of LEXICAL_KEYS) {
    if (!same(oldField[key], newField[key])) {
      sink.add(
        RULES.formatChanged,
        `${pointer}/${key}`,
        `${subject}: ${key} ${show(oldField[key])} \u2192 ${show(newField[key])}`
      );
    }
  }
  if (oldField.missingValues !== void 0 || newField.missingValues !== void 0) {
    diffMissingValues(
      sink,
      oldField.missingValues,
      newField.missingValues,
      `${pointer}/missingValues`,
      subject
    );
  }
  const categories = (f) => Array.isArray(f.categories) ? f.categories.map((c) => isObject(c) ? c.value : c) : void 0;
  compareEnum(
    sink,
    categories(oldField),
    categories(newField),
    `${subject} categories`,
    `${pointer}/categories`
  );
  diffConstraints2(
    sink,
    isObject(oldField.constraints) ? oldField.constraints : {},
    isObject(newField.constraints) ? newField.constraints : {},
    `${pointer}/constraints`,
    subject
  );
}
function diffConstraints2(sink, before, after, pointer, subject) {
  const p = (key) => `${pointer}/${pointerSegment(key)}`;
  const wasRequired = before.required === true;
  const isRequired = after.required === true;
  if (!wasRequired && isRequired)
    sink.add(RULES.requiredAdded, p("required"), `${subject}: required false \u2192 true`);
  if (wasRequired && !isRequired)
    sink.add(RULES.requiredRemoved, p("required"), `${subject}: required true \u2192 false`);
  compareFlag(sink, "unique", before.unique, after.unique, subject, p("unique"));
  for (const key of ["minimum", "exclusiveMinimum", "minLength"]) {
    compareBound(sink, "lower", key, before[key], after[key], subject, p(key));
  }
  for (const key of ["maximum", "exclusiveMaximum", "maxLength"]) {
    compareBound(sink, "upper", key, before[key], after[key], subject, p(key));
  }
  comparePattern(sink, before.pattern, after.pattern, subject, p("pattern"));
  const list = (v) => Array.isArray(v) ? v : void 0;
  compareEnum(sink, list(before.enum), list(after.enum), subject, p("enum"));
  if (!same(before.jsonSchema, after.jsonSchema)) {
    sink.add(RULES.notAnalysed, p("jsonSchema"), `${subject}: jsonSchema constraint changed`);
  }
}

// src/gates/data-schema/breaking/waivers.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function majorOf(value) {
  if (typeof value === "number" && Number.isFinite(value)) return Math.floor(value);
  if (typeof value !== "string") return void 0;
  const match = /^\s*v?(\d+)(?:[.\-+]|\s*$)/i.exec(value);
  return match?.[1] === void 0 ? void 0 : Number(match[1]);
}
function versionOf(schema) {
  return isObject(schema) ? schema.version : void 0;
}
function versionBump(baseSchema, newSchema) {
  const before = majorOf(versionOf(baseSchema));
  const after = majorOf(versionOf(newSchema));
  if (before === void 0 || after === void 0 || after <= before) return void 0;
  return {
    reason: `version ${String(versionOf(baseSchema))} \u2192 ${String(versionOf(newSchema))} is a major bump`
  };
}
function isoDay(now) {
  return now.toISOString().slice(0, 10);
}
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function waiverMatchesPath(waiver, path) {
  return waiver.schema === path || (0, import_picomatch.default)(waiver.schema, { dot: true })(path);
}
function waiverMatchesRule(waiver, ruleId) {
  if (waiver.rule === void 0 || waiver.rule === "" || waiver.rule === "*") return true;
  return waiver.rule === ruleId || `data-schema/${waiver.rule}` === ruleId;
}
function isActive(waiver, now) {
  return DAY.test(waiver.expires) && waiver.expires >= isoDay(now);
}
var WaiverBook = class {
  constructor(waivers, labels, waiverLabel, now) {
    this.waivers = waivers;
    this.now = now;
    this.label = waiverLabel !== void 0 && waiverLabel !== "" && labels.includes(waiverLabel) ? waiverLabel : void 0;
  }
  waivers;
  now;
  label;
  reportedExpired = /* @__PURE__ */ new Set();
  /** Warnings for expired or malformed waivers that matched a checked schema. */
  findings = [];
  /** The allowance for a breaking change of `ruleId` in `path`, if any waiver covers it. */
  allowance(path, ruleId) {
    if (this.label !== void 0) return { reason: `waived by PR label "${this.label}"` };
    for (const waiver of this.waivers) {
      if (!waiverMatchesPath(waiver, path) || !waiverMatchesRule(waiver, ruleId)) continue;
      if (isActive(waiver, this.now)) {
        return { reason: `waived until ${waiver.expires}: ${waiver.reason}` };
      }
      this.reportExpired(waiver, path);
    }
    return void 0;
  }
  /** An expired waiver is reported once, as a warning, so it gets cleaned up. */
  reportExpired(waiver, path) {
    if (this.reportedExpired.has(waiver)) return;
    this.reportedExpired.add(waiver);
    const valid = DAY.test(waiver.expires);
    this.findings.push({
      severity: "warning",
      path,
      rule: OPERATIONAL_RULES.waiverExpired.id,
      message: valid ? `waiver for ${waiver.schema}${waiver.rule ? ` (${waiver.rule})` : ""} expired on ${waiver.expires}: ${waiver.reason}` : `waiver for ${waiver.schema} has an invalid expiry ${JSON.stringify(waiver.expires)} (expected YYYY-MM-DD), so it does not apply`,
      fix: valid ? OPERATIONAL_RULES.waiverExpired.fix : "Write expires as YYYY-MM-DD."
    });
  }
};

// src/gates/data-schema/breaking/index.ts
function diffSchemas(kind, before, after) {
  return kind === "table-schema" ? diffTableSchema(before, after) : diffJsonSchema(before, after);
}
function baseModeOf(mode) {
  if (mode === "none") return void 0;
  return mode.replace(/_transitive$/, "");
}
async function checkBreakingChanges(schemas, settings) {
  const report = { findings: [], breaking: 0, nonBreaking: 0, waived: 0 };
  const mode = baseModeOf(settings.mode);
  if (settings.base === void 0 || mode === void 0 || schemas.length === 0) return report;
  let mergeBase;
  try {
    mergeBase = await resolveMergeBase(settings.cwd, settings.base);
  } catch (error) {
    if (!(error instanceof BaseError)) throw error;
    report.findings.push({
      severity: "error",
      rule: OPERATIONAL_RULES.baseUnavailable.id,
      message: error.message,
      fix: error.fix
    });
    return report;
  }
  const transitive = settings.mode.endsWith("_transitive");
  const book = new WaiverBook(settings.waivers, settings.labels, settings.waiverLabel, settings.now);
  for (const schema of schemas) {
    let versions;
    try {
      const latest = await loadBaseVersion(settings.cwd, mergeBase, schema.path);
      if (latest === void 0) continue;
      versions = transitive ? await loadHistory(settings.cwd, mergeBase, schema.path) : [latest];
      if (versions.length === 0) versions = [latest];
    } catch (error) {
      if (!(error instanceof BaseError)) throw error;
      report.findings.push({
        severity: "warning",
        path: schema.path,
        rule: OPERATIONAL_RULES.baseUnreadable.id,
        message: `${error.message}; breaking changes were not checked`,
        fix: error.fix
      });
      continue;
    }
    classify(report, schema, versions, mode, book);
  }
  report.findings.push(...book.findings);
  return report;
}
function classify(report, schema, versions, mode, book) {
  const seen = /* @__PURE__ */ new Set();
  versions.forEach((version, index) => {
    const against = index === 0 ? "" : ` (against the version of ${version.commit.slice(0, 12)})`;
    for (const change of diffSchemas(schema.kind, version.value, schema.value)) {
      const key = `${change.rule.id}\0${change.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const verdict = change.rule.verdict[mode];
      const base = {
        severity: "notice",
        message: "",
        path: schema.path,
        line: schema.lineOf?.(change.pointer),
        rule: change.rule.id,
        fix: change.rule.fix
      };
      if (base.line === void 0) delete base.line;
      if (verdict === "breaking") {
        const allowance = versionBump(version.value, schema.value) ?? book.allowance(schema.path, change.rule.id);
        if (allowance) {
          report.waived++;
          report.findings.push({
            ...base,
            message: `${change.message}${against}: breaking under ${mode} compatibility, allowed: ${allowance.reason}`
          });
        } else {
          report.breaking++;
          report.findings.push({
            ...base,
            severity: "error",
            message: `${change.message}${against}: breaking under ${mode} compatibility`
          });
        }
      } else {
        report.nonBreaking++;
        report.findings.push({
          ...base,
          severity: verdict === "warning" ? "warning" : "notice",
          message: `${change.message}${against}: ${verdict === "warning" ? "may break consumers" : "compatible"} under ${mode} compatibility`
        });
      }
    }
  });
}

// src/gates/data-schema/csv.ts
import { createReadStream } from "node:fs";

// node_modules/csv-parse/lib/index.js
import { Transform } from "stream";

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};
var parse = function() {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (data === void 0 && (typeof argument === "string" || Buffer.isBuffer(argument))) {
      data = argument;
    } else if (options === void 0 && is_object(argument)) {
      options = argument;
    } else if (callback === void 0 && type === "function") {
      callback = argument;
    } else {
      throw new CsvError(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options || {}
      );
    }
  }
  const parser = new Parser(options);
  if (callback) {
    const records = options === void 0 || options.objname === void 0 ? [] : /* @__PURE__ */ Object.create(null);
    parser.on("readable", function() {
      let record;
      while ((record = this.read()) !== null) {
        if (options === void 0 || options.objname === void 0) {
          records.push(record);
        } else {
          Object.assign(records, {
            [record[0]]: record[1]
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser.on("error", function(err) {
      callback(err, void 0, parser.api.__infoDataSet());
    });
    parser.on("end", function() {
      callback(void 0, records, parser.api.__infoDataSet());
    });
  }
  if (data !== void 0) {
    const writer = function() {
      parser.write(data);
      parser.end();
    };
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser;
};

// src/gates/data-schema/csv.ts
var MAX_RECORD_BYTES = 16 * 1024 * 1024;
async function readCsv(absPath, displayPath, options, onHeader, onRow) {
  const source = createReadStream(absPath, { highWaterMark: CHUNK_SIZE });
  let stopped = false;
  let headerSeen = !options.header;
  let rows = 0;
  if (!options.header && !onHeader(void 0, 0)) stopped = true;
  const stop = () => {
    stopped = true;
    source.unpipe(parser);
    source.destroy();
    parser.end();
  };
  const parser = parse({
    delimiter: options.delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (record, context) => {
      if (stopped) return null;
      if (!headerSeen) {
        headerSeen = true;
        if (!onHeader(record, context.lines)) stop();
        return null;
      }
      onRow(record, context.lines);
      if (options.sampleRows !== void 0 && ++rows >= options.sampleRows) stop();
      return null;
    }
  });
  if (stopped) {
    source.destroy();
    return { complete: false };
  }
  try {
    await new Promise((resolve2, reject) => {
      parser.on("error", (error) => {
        if (stopped) resolve2();
        else reject(error);
      });
      parser.on("end", resolve2);
      parser.on("close", resolve2);
      source.on("error", reject);
      parser.resume();
      source.pipe(parser);
    });
  } catch (error) {
    source.destroy();
    const e = error;
    if (typeof e.code === "string" && e.code.startsWith("CSV_")) {
      throw new InputError(
        `${displayPath}${e.lines ? `:${e.lines}` : ""}: not valid CSV: ${e.message}`,
        { path: displayPath, ...e.lines ? { line: e.lines } : {} },
        e.code === "CSV_MAX_RECORD_SIZE" ? `No record should be larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; look for an unclosed quote before that line, or check that this is a CSV file.` : "Fix the quoting at that line: a field with the delimiter, a quote or a newline must be quoted, and quotes inside it doubled."
      );
    }
    throw new InputError(`${displayPath}: cannot read: ${error.message}`, { path: displayPath });
  }
  return { complete: !stopped };
}

// src/gates/data-schema/describe.ts
function keyMetric(invalidRows, datasets) {
  return {
    label: "invalid rows",
    value: datasets === 0 ? null : invalidRows,
    unit: "rows",
    threshold: 0,
    direction: "max"
  };
}
function title(status, reports, invalidRows, breaking) {
  if (reports.length === 0) return "Data schemas: no dataset found";
  const ok = reports.filter((r) => r.status === "pass").length;
  const verdict = status === "fail" || status === "error" ? "Data contracts broken" : "Data contracts hold";
  const extra = [
    invalidRows > 0 ? `${invalidRows} invalid row(s)` : "",
    breaking > 0 ? `${breaking} breaking schema change(s)` : ""
  ].filter((s) => s !== "");
  return `${verdict}: ${ok} of ${reports.length} dataset(s) valid${extra.length > 0 ? `, ${extra.join(", ")}` : ""}`;
}
function summary(reports, schemas, rows, invalid, breaking, settings) {
  if (reports.length === 0) return "No dataset was found, so no data was checked.";
  const parts = reports.map(
    (r) => `${r.path}: ${r.status}${r.schema ? ` against ${r.schema}` : " (no schema)"}, ${r.rows} row(s)${r.invalidRows > 0 ? `, ${r.invalidRows} invalid` : ""}${r.complete ? "" : " (sampled)"}.`
  );
  const compared = settings.breaking.base ? ` Against ${settings.breaking.base} (${settings.breaking.mode}): ${breaking.breaking} breaking, ${breaking.nonBreaking} non-breaking, ${breaking.waived} waived change(s).` : " No base ref, so breaking changes were not checked.";
  return `${reports.length} dataset(s) and ${schemas} schema(s); ${rows} row(s) checked, ${invalid} invalid.${compared} ${parts.join(" ")}`;
}

// src/gates/data-schema/discover.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { existsSync } from "node:fs";
import { join as join2, posix } from "node:path";

// src/gates/data-schema/schema-files.ts
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
async function loadSchemaFile(cwd, path, maxBytes) {
  const abs = join(cwd, path);
  let size;
  try {
    const info = await stat(abs);
    if (!info.isFile()) throw new InputError(`${path}: not a file`, { path });
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${path}: schema file not found`,
      { path },
      "Create the schema file, or fix the path that names it."
    );
  }
  if (size > maxBytes) {
    throw new InputError(
      `${path}: ${size} bytes is larger than the ${maxBytes}-byte limit for a schema file`,
      { path },
      "A schema is a description, not data: keep examples and inline data out of it, or raise data-schema.max-schema-bytes."
    );
  }
  let text = await readFile(abs, "utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (/\.ya?ml$/i.test(path)) {
    const doc = parseYaml(text, path);
    return { path, value: doc.value, lineOf: (p) => doc.lineOf(p) };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const line = jsonErrorLine(text, error.message);
    throw new InputError(
      `${path}${line ? `:${line}` : ""}: not valid JSON: ${error.message}`,
      { path, ...line ? { line } : {} },
      "Fix the JSON syntax at that line (a JSON linter or your editor shows it)."
    );
  }
  return { path, value, lineOf: lineLookup(text, path) };
}
function lineLookup(text, path) {
  try {
    const doc = parseYaml(text, path);
    return (p) => doc.lineOf(p);
  } catch {
    return () => void 0;
  }
}
function jsonErrorLine(text, message) {
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const posMatch = /position (\d+)/.exec(message);
  if (posMatch) {
    const pos = Number(posMatch[1]);
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < pos; i = text.indexOf("\n", i + 1)) line++;
    return line;
  }
  const problem = findJsonSyntaxError(text);
  if (problem) {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < problem.offset; i = text.indexOf("\n", i + 1)) line++;
    return line;
  }
  return void 0;
}
function schemaKind(value, fallback) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fallback;
  const v = value;
  const profile = typeof v.$schema === "string" ? v.$schema : "";
  if (/json-schema\.org/.test(profile)) return "json-schema";
  if (/datapackage\.json$|data-package/.test(profile) || Array.isArray(v.resources)) return "data-package";
  if (/tableschema|table-schema/.test(profile) || Array.isArray(v.fields)) return "table-schema";
  return fallback;
}

// src/gates/data-schema/discover.ts
var DATA_EXTENSIONS = [".csv", ".tsv", ".tab", ".jsonl", ".ndjson", ".json", ".parquet", ".pq"];
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/.venv/**", "**/__pycache__/**"];
function dataFormat(path) {
  const ext = posix.extname(path).toLowerCase();
  switch (ext) {
    case ".csv":
      return "csv";
    case ".tsv":
    case ".tab":
      return "tsv";
    case ".jsonl":
    case ".ndjson":
      return "jsonl";
    case ".json":
      return "json";
    case ".parquet":
    case ".pq":
      return "parquet";
    default:
      return void 0;
  }
}
async function discoverDatasets(cwd, datasets, exclude, rules, maxSchemaBytes) {
  const findings = [];
  const ignore = [...ALWAYS_IGNORED, ...exclude];
  const suffixes = rules.flatMap((r) => r.rule === "same-name" ? r.suffixes : []);
  const packageNames = rules.flatMap((r) => r.rule === "datapackage" ? [r.file] : []);
  const mapped = new Set(rules.flatMap((r) => r.rule === "map" ? Object.values(r.map) : []));
  const isSchemaFile = (p) => suffixes.some((s) => p.endsWith(s)) || packageNames.includes(posix.basename(p)) || mapped.has(p);
  const files = datasets.length === 0 ? [] : (await glob(datasets, { cwd, onlyFiles: true, ignore, expandDirectories: false, dot: false })).filter((p) => !isSchemaFile(p)).sort();
  const packages = [];
  const resourceOf = /* @__PURE__ */ new Map();
  for (const name of packageNames) {
    for (const path of (await glob([`**/${name}`], { cwd, onlyFiles: true, ignore })).sort()) {
      try {
        const doc = await loadSchemaFile(cwd, path, maxSchemaBytes);
        packages.push(doc);
        indexPackage(cwd, doc, resourceOf, findings);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        findings.push(badSchemaFinding(error, path));
      }
    }
  }
  const result = [];
  const used = /* @__PURE__ */ new Set();
  for (const path of files) {
    const format = dataFormat(path);
    if (!format) {
      findings.push({
        severity: "warning",
        rule: "data-schema/unsupported-format",
        path,
        message: `${path} matches data-schema.datasets but its extension is not one the gate reads (csv, tsv, jsonl, ndjson, json, parquet).`,
        fix: "Narrow the dataset globs, or add the file to data-schema.exclude."
      });
      continue;
    }
    const schema = findSchema(cwd, path, rules, resourceOf);
    if (schema) used.add(schema.kind === "file" ? schema.path : schema.schemaPath ?? schema.path);
    else {
      findings.push({
        severity: "error",
        rule: "data-schema/missing-schema",
        path,
        message: `${path} has no schema: ${describeRules(path, rules)}.`,
        fix: `Add a schema for it (e.g. ${sameNameCandidate(path, suffixes[0] ?? ".schema.json")}), or list it in data-schema.schemas.`
      });
    }
    result.push({ path, format, ...schema ? { schema } : {} });
  }
  for (const rule2 of rules) {
    if (rule2.rule !== "map") continue;
    for (const [data, schema] of Object.entries(rule2.map)) {
      if (import_picomatch2.default.scan(data).isGlob || existsSync(join2(cwd, data))) continue;
      findings.push({
        severity: "error",
        rule: "data-schema/orphan-schema",
        path: schema,
        message: `data-schema.schemas maps ${data} to ${schema}, but ${data} does not exist.`,
        fix: "Remove the map entry (and the schema) if the dataset was retired, or restore the data file."
      });
    }
  }
  if (suffixes.length > 0 && datasets.length > 0) {
    const schemaGlobs = [
      ...new Set(datasets.flatMap((d) => suffixes.map((s) => `${posix.dirname(d)}/*${s}`)))
    ];
    const candidates = await glob(schemaGlobs, { cwd, onlyFiles: true, ignore });
    const dataStems = new Set(result.map((d) => stem(d.path)));
    for (const path of candidates.sort()) {
      if (used.has(path) || mapped.has(path)) continue;
      const suffix = suffixes.find((s) => path.endsWith(s)) ?? "";
      const dataStem = path.slice(0, path.length - suffix.length);
      if (dataStems.has(dataStem) || DATA_EXTENSIONS.some((ext) => existsSync(join2(cwd, `${dataStem}${ext}`))))
        continue;
      findings.push({
        severity: "error",
        rule: "data-schema/orphan-schema",
        path,
        message: `${path} is a schema with no data: no file ${posix.basename(dataStem)}.* matching data-schema.datasets is next to it.`,
        fix: "Delete the schema if the dataset was retired, restore the data, or add the file to data-schema.exclude if it is not a dataset schema."
      });
    }
  }
  return { datasets: result, packages, findings };
}
function indexPackage(cwd, doc, resourceOf, findings) {
  const dir = posix.dirname(doc.path);
  const resources = doc.value?.resources;
  if (!Array.isArray(resources)) return;
  resources.forEach((r, i) => {
    if (typeof r !== "object" || r === null) return;
    const res = r;
    const paths = typeof res.path === "string" ? [res.path] : Array.isArray(res.path) ? res.path : [];
    const dialect = typeof res.dialect === "object" && res.dialect !== null ? res.dialect : {};
    for (const p of paths) {
      if (typeof p !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(p)) continue;
      const path = posix.normalize(dir === "." ? p : `${dir}/${p}`);
      if (!existsSync(join2(cwd, path))) {
        findings.push({
          severity: "error",
          rule: "data-schema/orphan-schema",
          path: doc.path,
          ...doc.lineOf(`/resources/${i}/path`) ? { line: doc.lineOf(`/resources/${i}/path`) } : {},
          message: `resource ${JSON.stringify(res.name ?? i)} of ${doc.path} points at ${path}, which does not exist.`,
          fix: "Remove the resource if the dataset was retired, or restore the data file."
        });
        continue;
      }
      const schemaPath = typeof res.schema === "string" ? posix.normalize(dir === "." ? res.schema : `${dir}/${res.schema}`) : void 0;
      resourceOf.set(path, {
        kind: "datapackage",
        path: doc.path,
        pointer: `/resources/${i}`,
        ...schemaPath ? { schemaPath } : {},
        dialect
      });
    }
  });
}
function findSchema(cwd, path, rules, resourceOf) {
  for (const rule2 of rules) {
    if (rule2.rule === "same-name") {
      for (const suffix of rule2.suffixes) {
        const candidate = sameNameCandidate(path, suffix);
        if (existsSync(join2(cwd, candidate))) return { kind: "file", path: candidate, via: "same-name" };
      }
    } else if (rule2.rule === "datapackage") {
      const found = resourceOf.get(path);
      if (found) return found;
    } else {
      for (const [data, schema] of Object.entries(rule2.map)) {
        if (data === path || import_picomatch2.default.isMatch(path, data, { dot: true }))
          return { kind: "file", path: schema, via: "map" };
      }
    }
  }
  return void 0;
}
function sameNameCandidate(path, suffix) {
  return `${stem(path)}${suffix}`;
}
function stem(path) {
  const ext = posix.extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}
function describeRules(path, rules) {
  return rules.map(
    (r) => r.rule === "same-name" ? `no ${r.suffixes.map((s) => posix.basename(sameNameCandidate(path, s))).join(" or ")} next to it` : r.rule === "datapackage" ? `no ${r.file} lists it as a resource` : "no data-schema.schemas map entry matches it"
  ).join(", ");
}
function badSchemaFinding(error, path) {
  return {
    severity: "error",
    rule: "data-schema/schema-unparseable",
    path,
    ...error.location?.line !== void 0 ? { line: error.location.line } : {},
    message: error.message,
    ...error.fix ? { fix: error.fix } : {}
  };
}

// src/gates/data-schema/json-schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import__2 = __toESM(require__2(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
import { posix as posix2 } from "node:path";
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var DIALECTS = {
  "http://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft/2019-09/schema": "2019-09",
  "https://json-schema.org/draft/2020-12/schema": "2020-12"
};
async function compileJsonSchema(root, load) {
  const findings = [];
  const schemaUri = root.value?.$schema;
  const uri = typeof schemaUri === "string" ? schemaUri.replace(/#$/, "") : void 0;
  const dialect = uri === void 0 ? "2020-12" : DIALECTS[uri];
  if (typeof root.value !== "object" || root.value === null || Array.isArray(root.value)) {
    if (typeof root.value !== "boolean") {
      findings.push(at(root, "", "schema-invalid", `${root.path} is not a JSON Schema: expected an object`));
      return { findings, referenced: [] };
    }
  }
  if (!dialect) {
    findings.push(
      at(
        root,
        "/$schema",
        "unsupported-dialect",
        `${root.path}: $schema ${JSON.stringify(schemaUri)} is not a dialect the gate validates (draft-07, 2019-09, 2020-12)`,
        'Declare "$schema": "https://json-schema.org/draft/2020-12/schema" (or draft-07 / 2019-09) and update the keywords it changed.'
      )
    );
    return { findings, referenced: [] };
  }
  const docs = /* @__PURE__ */ new Map([[root.path, root]]);
  const queue = [root];
  while (queue.length > 0) {
    const doc = queue.shift();
    for (const ref of scan(doc, findings)) {
      const target = posix2.normalize(posix2.join(posix2.dirname(doc.path), ref.file));
      if (target.startsWith("../") || posix2.isAbsolute(target)) {
        findings.push(
          at(
            doc,
            ref.pointer,
            "ref-outside-repo",
            `${doc.path}: $ref ${JSON.stringify(ref.raw)} points outside the repository`,
            "Keep referenced schemas inside the repository."
          )
        );
        continue;
      }
      if (docs.has(target)) continue;
      try {
        const loaded = await load(target);
        docs.set(target, loaded);
        queue.push(loaded);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        findings.push(
          at(
            doc,
            ref.pointer,
            "unresolved-ref",
            `${doc.path}: $ref ${JSON.stringify(ref.raw)}: ${error.message}`,
            error.fix
          )
        );
      }
    }
  }
  const referenced = [...docs.keys()].filter((p) => p !== root.path);
  if (findings.some((f) => f.severity === "error")) return { dialect, findings, referenced };
  const ajv = newAjv(dialect);
  for (const doc of docs.values()) {
    if (!ajv.validateSchema(doc.value)) {
      for (const e of foldSchemaErrors(ajv.errors ?? [])) findings.push(metaFinding(doc, e));
    }
  }
  if (findings.length > 0) return { dialect, findings, referenced };
  try {
    for (const doc of docs.values()) {
      if (doc !== root) ajv.addSchema(withFileId(doc), fileId(doc.path));
    }
    const validate = ajv.compile(withFileId(root));
    return { dialect, validate, findings, referenced };
  } catch (error) {
    findings.push(
      at(
        root,
        "",
        "schema-invalid",
        `${root.path}: the schema does not compile: ${error.message}`
      )
    );
    return { dialect, findings, referenced };
  }
}
function newAjv(dialect) {
  const options = {
    allErrors: false,
    strict: false,
    $data: false,
    logger: false,
    validateSchema: false,
    addUsedSchema: false
  };
  const ajv = dialect === "draft-07" ? new import_ajv.Ajv(options) : dialect === "2019-09" ? new import__.Ajv2019(options) : new import__2.Ajv2020(options);
  addFormats(ajv);
  return ajv;
}
function fileId(path) {
  return `file:///${path.split("/").map(encodeURIComponent).join("/")}`;
}
function withFileId(doc) {
  if (typeof doc.value !== "object" || doc.value === null) return doc.value;
  return { ...doc.value, $id: fileId(doc.path) };
}
var KNOWN_REMOTE = /* @__PURE__ */ new Set([
  ...Object.keys(DIALECTS),
  "http://json-schema.org/draft-07/schema",
  "https://json-schema.org/draft/2019-09/meta/core",
  "https://json-schema.org/draft/2020-12/meta/core"
]);
function scan(doc, findings) {
  const refs = [];
  const stack = [{ node: doc.value, pointer: "" }];
  const ownId = doc.value?.$id;
  while (stack.length > 0) {
    const { node, pointer } = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      node.forEach((child2, i) => stack.push({ node: child2, pointer: `${pointer}/${i}` }));
      continue;
    }
    const obj = node;
    if ("$async" in obj) {
      findings.push(
        at(
          doc,
          `${pointer}/$async`,
          "async-schema",
          `${doc.path}: ${keyPath(pointer)} uses $async, which the gate refuses (validation would wait on promises the schema controls)`,
          'Remove "$async": data is validated synchronously.'
        )
      );
    }
    if (Object.keys(obj).length === 1 && typeof obj.$data === "string") {
      findings.push({
        ...at(
          doc,
          pointer,
          "data-reference",
          `${doc.path}: ${keyPath(pointer)} is a $data reference; the gate turns $data off, so it is read as a literal value`,
          "Write the bound as a value; $data references to the instance are not supported."
        ),
        severity: "warning"
      });
    }
    const ref = obj.$ref;
    if (typeof ref === "string") {
      const hash = ref.indexOf("#");
      const file = hash === -1 ? ref : ref.slice(0, hash);
      const fragment = hash === -1 ? "" : ref.slice(hash + 1);
      if (file === "" || file === ownId) {
        if (fragment.startsWith("/") || fragment === "")
          checkLoop(doc, `${pointer}/$ref`, fragment, findings);
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(file)) {
        if (!KNOWN_REMOTE.has(file.replace(/#$/, ""))) {
          findings.push(
            at(
              doc,
              `${pointer}/$ref`,
              "remote-ref",
              `${doc.path}: $ref ${JSON.stringify(ref)} is remote; the gate never fetches schemas`,
              "Vendor the referenced schema into the repository and $ref it by relative path."
            )
          );
        }
      } else refs.push({ file: decodeURIComponent(file), raw: ref, pointer: `${pointer}/$ref` });
    }
    for (const [key, child2] of Object.entries(obj)) {
      if (key === "enum" || key === "const" || key === "examples" || key === "default") continue;
      stack.push({ node: child2, pointer: `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}` });
    }
  }
  return refs;
}
function checkLoop(doc, refPointer, fragment, findings) {
  const seen = /* @__PURE__ */ new Set([refPointer.slice(0, -"/$ref".length)]);
  let target = fragment;
  for (let hops = 0; hops < 1e3; hops++) {
    if (seen.has(target)) {
      findings.push(
        at(
          doc,
          refPointer,
          "ref-loop",
          `${doc.path}: $ref chain from ${keyPath(refPointer)} loops back to ${target === "" ? "the root" : keyPath(target)} without validating anything`,
          "Break the cycle: a $ref must eventually reach a schema with its own keywords."
        )
      );
      return;
    }
    seen.add(target);
    const node = valueAtPointer(doc.value, decodeURIComponent(target));
    if (typeof node !== "object" || node === null) return;
    const keys = Object.keys(node).filter((k) => k !== "$comment" && k !== "description" && k !== "title");
    const next = node.$ref;
    if (keys.length !== 1 || typeof next !== "string" || !next.startsWith("#")) return;
    target = next.slice(1);
  }
}
function metaFinding(doc, error) {
  const { pointer, message } = describeSchemaError(error, (p) => valueAtPointer(doc.value, p));
  return at(doc, pointer, "schema-invalid", `${doc.path}: not a valid JSON Schema: ${message}`);
}
function at(doc, pointer, rule2, message, fix) {
  const line = doc.lineOf(pointer);
  return {
    severity: "error",
    rule: `data-schema/${rule2}`,
    path: doc.path,
    ...line !== void 0 ? { line } : {},
    message,
    fix: fix ?? "Fix the schema at that key; editors with JSON Schema support show the problem as you type."
  };
}

// src/gates/data-schema/jsonl.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
var Stop = class extends Error {
};
var FIX = "Fix the record (or the producer that wrote it), or relax the schema if the value is legitimate.";
async function validateJsonl(absPath, validate, out, sampleRows) {
  try {
    await forEachByteLine(readByteChunks(absPath), out.path, (buf, start, end, line) => {
      let s = start;
      while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
      if (s === end) return;
      if (line === 1 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) s += 3;
      out.rows++;
      let value;
      try {
        value = JSON.parse(utf8Text(buf, s, end));
      } catch (error) {
        out.invalid(
          line,
          `line ${line}: not valid JSON: ${error.message}`,
          "Write one complete JSON value per line (no pretty-printing, no trailing commas).",
          "data-schema/invalid-json"
        );
        if (sampleRows !== void 0 && out.rows >= sampleRows) throw new Stop();
        return;
      }
      if (!validate(value)) out.invalid(line, `line ${line}: ${describe(validate.errors ?? [])}.`, FIX);
      if (sampleRows !== void 0 && out.rows >= sampleRows) throw new Stop();
    });
  } catch (error) {
    if (error instanceof Stop) return { complete: false };
    throw error;
  }
  return { complete: true };
}
var MAX_JSON_BYTES = 256 * 1024 * 1024;
async function validateJsonDocument(absPath, validate, out, schemaIsArray, sampleRows) {
  const { size } = await stat2(absPath);
  if (size > MAX_JSON_BYTES) {
    throw new InputError(
      `${out.path}: ${size} bytes is more than the ${MAX_JSON_BYTES / 1024 / 1024} MiB a .json data file may have`,
      { path: out.path },
      "Store large datasets as JSON Lines (.jsonl), which is validated as a stream."
    );
  }
  let value;
  try {
    value = JSON.parse(await readFile2(absPath, "utf8"));
  } catch (error) {
    throw new InputError(
      `${out.path}: not valid JSON: ${error.message}`,
      { path: out.path },
      "Fix the JSON syntax."
    );
  }
  const records = Array.isArray(value) && !schemaIsArray ? value : [value];
  const limit = sampleRows === void 0 ? records.length : Math.min(sampleRows, records.length);
  for (let i = 0; i < limit; i++) {
    out.rows++;
    if (!validate(records[i])) {
      out.invalid(
        1,
        `${records.length > 1 ? `record ${i + 1}` : "document"}: ${describe(validate.errors ?? [])}.`,
        FIX
      );
    }
  }
  return { complete: limit === records.length };
}
function describe(errors) {
  const e = errors[0];
  if (!e) return "does not match the schema";
  const params = e.params;
  const where = e.instancePath === "" ? "the record" : `"${keyPath(e.instancePath)}"`;
  switch (e.keyword) {
    case "required":
      return `the record is missing required key "${keyPath(`${e.instancePath}/${String(params.missingProperty)}`)}"`;
    case "additionalProperties":
      return `${where} has key "${String(params.additionalProperty)}", which the schema does not allow`;
    case "enum":
      return `${where} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${where} ${e.message ?? "does not match the schema"}`;
  }
}

// src/gates/data-schema/parquet.ts
import { open } from "node:fs/promises";

// node_modules/hyparquet/src/node.js
import { createReadStream as createReadStream2, promises as fs } from "fs";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT",
  "ALP"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  const flags = getFlags(reader);
  if (flags.type === 1) {
    return { type: "Point", coordinates: readPosition(reader, flags) };
  } else if (flags.type === 2) {
    return { type: "LineString", coordinates: readLine(reader, flags) };
  } else if (flags.type === 3) {
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  } else if (flags.type === 4) {
    const points = [];
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)));
    }
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    const lines = [];
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)));
    }
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    const polygons = [];
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)));
    }
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    const geometries = [];
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader));
    }
    return { type: "GeometryCollection", geometries };
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`);
  }
}
function getFlags(reader) {
  const { view } = reader;
  const littleEndian = view.getUint8(reader.offset++) === 1;
  const rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  const type = rawType % 1e3;
  const flags = Math.floor(rawType / 1e3);
  let count = 0;
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian);
    reader.offset += 4;
  }
  let dim = 2;
  if (flags) dim++;
  if (flags === 3) dim++;
  return { littleEndian, type, dim, count };
}
function readPosition(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8;
    points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags));
  }
  return points;
}
function readPolygon(reader, flags) {
  const { view } = reader;
  const rings = [];
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4;
    rings.push(readLine(reader, { ...flags, count }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder = new TextDecoder();
var DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return void 0;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte);
  }
  const bits = bytes.length * 8;
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits);
  }
  return Number(value);
}
function parseFloat16(bytes) {
  if (!bytes) return void 0;
  const int16 = bytes[1] << 8 | bytes[0];
  const sign = int16 >> 15 ? -1 : 1;
  const exp = int16 >> 10 & 31;
  const frac = int16 & 1023;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex];
  const children = [];
  let count = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count];
      const child2 = schemaTree(schema, rootIndex + count, [...path, childElement.name]);
      count += child2.count;
      children.push(child2);
    }
  }
  return { count, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path = [tree];
  for (const part of name) {
    const child2 = tree.children.find((child3) => child3.element.name === part);
    if (!child2) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child2);
    tree = child2;
  }
  return path;
}

// node_modules/hyparquet/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I16 = 4;
var I32 = 5;
var I64 = 6;
var DOUBLE = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
function deserializeTCompactProtocol(reader) {
  const value = {};
  let fid = 0;
  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    const byte = reader.view.getUint8(reader.offset++);
    const type = byte & 15;
    if (type === STOP) break;
    const delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader);
    value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case TRUE:
      return true;
    case FALSE:
      return false;
    case BYTE:
      return reader.view.getInt8(reader.offset++);
    case I16:
    case I32:
      return readZigZag(reader);
    case I64:
      return readZigZagBigInt(reader);
    case DOUBLE: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case BINARY: {
      const stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength) {
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      }
      const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      reader.offset += stringLength;
      return strBytes;
    }
    case LIST: {
      const byte = reader.view.getUint8(reader.offset++);
      const elemType = byte & 15;
      let listSize = byte >> 4;
      if (listSize === 15) {
        listSize = readVarInt(reader);
      }
      const boolType = elemType === TRUE || elemType === FALSE;
      const values = new Array(listSize);
      for (let i = 0; i < listSize; i++) {
        values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType);
      }
      return values;
    }
    case STRUCT:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0;
  let shift = 0;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= (byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n;
  let shift = 0n;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= BigInt(byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7n;
  }
}
function readZigZag(reader) {
  const zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  const columns = /* @__PURE__ */ new Map();
  const geo = key_value_metadata?.find(({ key }) => key === "geo")?.value;
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    const type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY";
    const id = column.crs?.id ?? column.crs?.ids?.[0];
    const crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    const { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    if (type === "BYTE_ARRAY" && !logical_type) {
      schema[i].logical_type = columns.get(name);
    }
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder2 = new TextDecoder();
function decode(value) {
  return value && decoder2.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize);
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength);
  const footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true);
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  }
  if (metadataLength + 8 > initialFetchSize) {
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8;
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset);
    const combinedBuffer = new ArrayBuffer(metadataLength + 8);
    const combinedView = new Uint8Array(combinedBuffer);
    combinedView.set(new Uint8Array(metadataBuffer));
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset);
    return parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else {
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
  }
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer);
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  } else {
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  }
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8) {
    throw new Error("parquet file is too short");
  }
  if (view.getUint32(view.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLengthOffset = view.byteLength - 8;
  const metadataLength = view.getUint32(metadataLengthOffset, true);
  if (metadataLength > view.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  }
  const metadataOffset = metadataLengthOffset - metadataLength;
  const reader = { view, offset: metadataOffset };
  const metadata = deserializeTCompactProtocol(reader);
  const version = metadata.field_1;
  const schema = metadata.field_2.map((field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10)
  }));
  const columnSchema = schema.filter((e) => e.type);
  const num_rows = metadata.field_3;
  const row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  }));
  const key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  }));
  const created_by = decode(metadata.field_6);
  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata);
  }
  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  if (logicalType2?.field_1) return { type: "STRING" };
  if (logicalType2?.field_2) return { type: "MAP" };
  if (logicalType2?.field_3) return { type: "LIST" };
  if (logicalType2?.field_4) return { type: "ENUM" };
  if (logicalType2?.field_5) return {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  };
  if (logicalType2?.field_6) return { type: "DATE" };
  if (logicalType2?.field_7) return {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  };
  if (logicalType2?.field_8) return {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  };
  if (logicalType2?.field_10) return {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  };
  if (logicalType2?.field_11) return { type: "NULL" };
  if (logicalType2?.field_12) return { type: "JSON" };
  if (logicalType2?.field_13) return { type: "BSON" };
  if (logicalType2?.field_14) return { type: "UUID" };
  if (logicalType2?.field_15) return { type: "FLOAT16" };
  if (logicalType2?.field_16) return {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  };
  if (logicalType2?.field_17) return {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  };
  if (logicalType2?.field_18) return {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  };
  if (logicalType2?.field_19) return { type: "FILE" };
  return logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, true);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, true);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4) {
    return view.getInt32(0, true) / 10 ** (schema.scale || 0);
  }
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) / 10 ** (schema.scale || 0);
  }
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  const unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, true);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, true);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, true);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, true);
  if (converted_type === "DECIMAL") {
    const scale = schema.scale || 0;
    return scale > 308 ? parseDecimal(value) * 10 ** -scale : parseDecimal(value) / 10 ** scale;
  }
  if (logical_type?.type === "FLOAT16") return parseFloat16(value);
  if (logical_type?.type === "UUID") return parsers.uuidFromBytes(value);
  if (type === "FIXED_LEN_BYTE_ARRAY") return value;
  return value;
}

// node_modules/hyparquet/src/node.js
async function asyncBufferFromFile(filename) {
  const { size } = await fs.stat(filename);
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0));
      const reader = createReadStream2(filename, { start, end: end === void 0 ? void 0 : end - 1 });
      return new Promise((resolve2, reject) => {
        const chunks = [];
        reader.on("data", (chunk) => chunks.push(chunk));
        reader.on("error", reject);
        reader.on("end", () => {
          const buffer = Buffer.concat(chunks);
          if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
            resolve2(buffer.buffer);
          } else {
            resolve2(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
          }
        });
      });
    }
  };
}

// src/gates/data-schema/parquet.ts
var MAX_FOOTER_BYTES = 64 * 1024 * 1024;
function tableTypesOf(node) {
  const e = node.element;
  const logical = e.logical_type?.type;
  const converted = e.converted_type;
  if (node.children.length > 0) {
    if (logical === "LIST" || converted === "LIST") return ["array", "list"];
    return ["object"];
  }
  if (logical === "DATE" || converted === "DATE") return ["date"];
  if (logical === "TIMESTAMP" || converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS")
    return ["datetime"];
  if (logical === "TIME" || converted === "TIME_MILLIS" || converted === "TIME_MICROS") return ["time"];
  if (logical === "DECIMAL" || converted === "DECIMAL") return ["number"];
  if (logical === "JSON" || converted === "JSON") return ["object", "array", "string"];
  if (logical === "STRING" || logical === "ENUM" || logical === "UUID" || converted === "UTF8" || converted === "ENUM")
    return ["string"];
  switch (e.type) {
    case "BOOLEAN":
      return ["boolean"];
    case "INT32":
    case "INT64":
      return ["integer", "year"];
    case "INT96":
      return ["datetime"];
    case "FLOAT":
    case "DOUBLE":
      return ["number"];
    default:
      return ["string"];
  }
}
async function checkParquet(absPath, path, contract) {
  await checkFooterFrame(absPath, path);
  let tree;
  let metadata;
  try {
    metadata = await parquetMetadataAsync(await asyncBufferFromFile(absPath));
    tree = parquetSchema(metadata);
  } catch (error) {
    throw new InputError(
      `${path}: not a readable Parquet file: ${error.message}`,
      { path },
      "Rewrite the file with a Parquet writer (pyarrow, polars, DuckDB); it may be truncated."
    );
  }
  const findings = [];
  const columns = new Map(tree.children.map((c, i) => [c.element.name, { node: c, index: i }]));
  const fields = contract.descriptor.fields;
  const names = fields.map((f) => f.name);
  const missing = names.filter((n) => !columns.has(n));
  const extra = [...columns.keys()].filter((c) => !names.includes(c));
  const mode = contract.fieldsMatch;
  const fail = (message, fix, rule2 = "data-schema/parquet-schema") => findings.push({ severity: "error", rule: rule2, path, message: `${path}: ${message}`, fix });
  if ((mode === "exact" || mode === "equal" || mode === "subset") && missing.length > 0)
    fail(
      `the Parquet schema has no column ${missing.map((m) => `"${m}"`).join(", ")} (fieldsMatch "${mode}")`,
      "Write the missing columns, or remove the fields from the schema."
    );
  if ((mode === "exact" || mode === "equal" || mode === "superset") && extra.length > 0)
    fail(
      `column(s) ${extra.map((m) => `"${m}"`).join(", ")} are not fields of the schema (fieldsMatch "${mode}")`,
      "Add the columns to the schema, or drop them from the file."
    );
  if (mode === "exact" && missing.length === 0 && extra.length === 0 && tree.children.some((c, i) => c.element.name !== names[i]))
    fail(
      `the columns are in the order ${tree.children.map((c) => c.element.name).join(", ")}, but fieldsMatch "exact" needs ${names.join(", ")}`,
      'Reorder the fields, or use fieldsMatch "equal".'
    );
  for (const field of fields) {
    const column = columns.get(field.name);
    if (!column) continue;
    const type = field.type ?? "any";
    const types = tableTypesOf(column.node);
    const ok = type === "any" || types.includes(type) || type === "number" && types.includes("integer");
    if (!ok) {
      fail(
        `column "${field.name}" is Parquet ${describeColumn(column.node)} (Table Schema ${types.join(" or ")}), but the field is ${type}`,
        "Cast the column when writing the file, or change the field type."
      );
    }
    const required = field.constraints?.required === true || primaryKeyOf(contract).includes(field.name);
    if (required) {
      let nulls = 0n;
      for (const group of metadata.row_groups) {
        const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join(".") === field.name);
        const n = chunk?.meta_data?.statistics?.null_count;
        if (typeof n === "bigint") nulls += n;
        else if (typeof n === "number") nulls += BigInt(n);
      }
      if (nulls > 0n)
        fail(
          `column "${field.name}" has ${nulls} null value(s) (row-group statistics) but the field is required`,
          "Fill or drop the null values, or make the field optional.",
          "data-schema/invalid-row"
        );
    }
  }
  return { findings, info: { rows: Number(metadata.num_rows), columns: tree.children.length } };
}
function primaryKeyOf(contract) {
  return contract.uniqueKeys.find((k) => k.primary)?.fields ?? [];
}
function describeColumn(node) {
  const e = node.element;
  const logical = e.logical_type?.type ?? e.converted_type;
  return `${e.type ?? "group"}${logical ? ` (${logical})` : ""}`;
}
async function checkFooterFrame(absPath, path) {
  const handle = await open(absPath, "r");
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(8);
    if (size >= 12) await handle.read(tail, 0, 8, size - 8);
    const magic = tail.subarray(4).toString("latin1");
    const length = tail.readUInt32LE(0);
    if (size < 12 || magic !== "PAR1") {
      throw new InputError(
        `${path}: not a Parquet file (no PAR1 magic at the end)`,
        { path },
        "Check that the file is Parquet and was written completely."
      );
    }
    if (length > MAX_FOOTER_BYTES || length > size - 12) {
      throw new InputError(
        `${path}: the Parquet footer claims ${length} bytes, which the file cannot hold or the gate will not read`,
        { path },
        "Rewrite the file with a Parquet writer; it is truncated or corrupt."
      );
    }
  } finally {
    await handle.close();
  }
}

// src/gates/data-schema/row-findings.ts
var RowFindings = class {
  constructor(path, limit) {
    this.path = path;
    this.limit = limit;
  }
  path;
  limit;
  findings = [];
  rows = 0;
  invalidRows = 0;
  /** Records one invalid row (only the first `limit` become findings; every one is counted). */
  invalid(line, message, fix, rule2 = "data-schema/invalid-row") {
    this.invalidRows++;
    if (this.findings.length < this.limit)
      this.findings.push({ severity: "error", rule: rule2, path: this.path, line, message, fix });
  }
  /** The findings, plus one that says how many more invalid rows there were. */
  all() {
    const unlisted = this.invalidRows - this.findings.filter((f) => f.rule !== "data-schema/header").length;
    if (unlisted <= 0) return this.findings;
    return [
      ...this.findings,
      {
        severity: "error",
        rule: "data-schema/more-invalid-rows",
        path: this.path,
        message: `${unlisted} more invalid row(s) in ${this.path} are not listed (${this.invalidRows} in all; data-schema.max-findings-per-file is ${this.limit}).`,
        fix: "Fix the listed rows first; re-run to see the next ones, or raise max-findings-per-file."
      }
    ];
  }
};

// src/gates/data-schema/table-schema.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// schema/frictionless/datapackage.json
var datapackage_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://datapackage.org/profiles/2.0/datapackage.json",
  title: "Frictionless Data Package v2 (profile as used by ml-quality-gates)",
  description: "Written from the Data Package v2 specification: resources are required, each with a name and a path or inline data; a tabular resource's schema is a Table Schema (checked separately) or a path to one.",
  type: "object",
  required: ["resources"],
  properties: {
    $schema: { type: "string" },
    name: { type: "string", pattern: "^[a-z0-9._-]+$" },
    id: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    version: { type: "string" },
    created: { type: "string" },
    homepage: { type: "string" },
    keywords: { type: "array", items: { type: "string" } },
    licenses: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        anyOf: [{ required: ["name"] }, { required: ["path"] }],
        properties: {
          name: { type: "string" },
          path: { type: "string" },
          title: { type: "string" }
        }
      }
    },
    resources: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name"],
        oneOf: [{ required: ["path"] }, { required: ["data"] }],
        properties: {
          name: { type: "string", minLength: 1 },
          path: {
            oneOf: [
              { type: "string", minLength: 1 },
              { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
            ]
          },
          data: {},
          type: { type: "string" },
          profile: { type: "string" },
          format: { type: "string" },
          mediatype: { type: "string" },
          encoding: { type: "string" },
          schema: { type: ["object", "string"] },
          dialect: {
            type: ["object", "string"],
            properties: {
              delimiter: { type: "string", minLength: 1, maxLength: 1 },
              header: { type: "boolean" },
              quoteChar: { type: "string", minLength: 1, maxLength: 1 }
            }
          }
        }
      }
    }
  }
};

// schema/frictionless/tableschema.json
var tableschema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://datapackage.org/profiles/2.0/tableschema.json",
  title: "Frictionless Table Schema v2 (profile as used by ml-quality-gates)",
  description: "Written from the Table Schema v2 specification (datapackage.org, content/docs/standard/table-schema.mdx): fields with name, type, format and constraints; fieldsMatch, missingValues, primaryKey, uniqueKeys, foreignKeys. Extra keys are allowed, as the spec allows custom properties.",
  type: "object",
  required: ["fields"],
  properties: {
    $schema: {
      type: "string",
      description: "Profile URL, e.g. https://datapackage.org/profiles/2.0/tableschema.json."
    },
    fields: {
      type: "array",
      minItems: 1,
      description: "The columns, in order.",
      items: { $ref: "#/definitions/field" }
    },
    fieldsMatch: {
      enum: ["exact", "equal", "subset", "superset", "partial"],
      default: "exact",
      description: "How the data's header must match fields: exact (same names, same order; the default), equal (same names, any order), subset (the data has every field and may have more), superset (the data has only fields of the schema, maybe fewer), partial (at least one field)."
    },
    missingValues: { $ref: "#/definitions/missingValues" },
    primaryKey: {
      description: "Field name(s) whose values identify a row: unique and required. A v1 string is accepted.",
      oneOf: [
        { type: "array", minItems: 1, uniqueItems: true, items: { type: "string" } },
        { type: "string" }
      ]
    },
    uniqueKeys: {
      type: "array",
      description: "Field-name lists whose combined values are unique (rows with a missing value are skipped).",
      items: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string" } }
    },
    foreignKeys: {
      type: "array",
      description: "References to fields of this or another resource.",
      items: {
        type: "object",
        required: ["fields", "reference"],
        properties: {
          fields: {
            oneOf: [
              { type: "array", minItems: 1, uniqueItems: true, items: { type: "string" } },
              { type: "string" }
            ]
          },
          reference: {
            type: "object",
            required: ["fields"],
            properties: {
              resource: { type: "string" },
              fields: {
                oneOf: [
                  { type: "array", minItems: 1, uniqueItems: true, items: { type: "string" } },
                  { type: "string" }
                ]
              }
            }
          }
        }
      }
    }
  },
  definitions: {
    missingValues: {
      type: "array",
      default: [""],
      description: "Source values that mean 'missing': strings, or {value, label} objects.",
      items: {
        oneOf: [
          { type: "string" },
          {
            type: "object",
            required: ["value"],
            properties: { value: { type: "string" }, label: { type: "string" } }
          }
        ]
      }
    },
    constraints: {
      type: "object",
      properties: {
        required: { type: "boolean" },
        unique: { type: "boolean" },
        minLength: { type: "integer", minimum: 0 },
        maxLength: { type: "integer", minimum: 0 },
        minimum: { type: ["number", "string"] },
        maximum: { type: ["number", "string"] },
        exclusiveMinimum: { type: ["number", "string"] },
        exclusiveMaximum: { type: ["number", "string"] },
        jsonSchema: { type: "object" },
        pattern: { type: "string" },
        enum: { type: "array", minItems: 1, uniqueItems: true }
      }
    },
    field: {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1 },
        title: { type: "string" },
        description: { type: "string" },
        example: {},
        type: {
          enum: [
            "string",
            "number",
            "integer",
            "boolean",
            "object",
            "array",
            "list",
            "datetime",
            "date",
            "time",
            "year",
            "yearmonth",
            "duration",
            "geopoint",
            "geojson",
            "any"
          ]
        },
        format: { type: "string" },
        constraints: { $ref: "#/definitions/constraints" },
        missingValues: { $ref: "#/definitions/missingValues" },
        rdfType: { type: "string" },
        categories: {
          oneOf: [
            {
              type: "array",
              minItems: 1,
              items: { type: ["string", "number", "integer", "boolean"] }
            },
            {
              type: "array",
              minItems: 1,
              items: {
                type: "object",
                required: ["value"],
                properties: {
                  value: { type: ["string", "number", "integer", "boolean"] },
                  label: { type: "string" }
                }
              }
            }
          ]
        },
        categoriesOrdered: { type: "boolean" },
        decimalChar: { type: "string", minLength: 1 },
        groupChar: { type: "string", minLength: 1 },
        bareNumber: { type: "boolean" },
        trueValues: { type: "array", items: { type: "string" } },
        falseValues: { type: "array", items: { type: "string" } },
        delimiter: { type: "string", minLength: 1 },
        itemType: { enum: ["string", "number", "integer", "boolean", "datetime", "date", "time"] }
      }
    }
  }
};

// src/gates/data-schema/table-types.ts
var INVALID = /* @__PURE__ */ Symbol("invalid");
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
var ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
var INTEGER = /^[+-]?\d+$/;
var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
var SPECIAL_NUMBERS = /* @__PURE__ */ new Set(["NaN", "INF", "-INF", "+INF"]);
var YEAR = /^\d{4}$/;
var YEARMONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
var DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
var URI = /^[a-z][a-z0-9+.-]*:\S*$/i;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var DEFAULT_TRUE = ["true", "True", "TRUE", "1"];
var DEFAULT_FALSE = ["false", "False", "FALSE", "0"];
function casterFor(field) {
  const type = field.type ?? "any";
  const format = field.format ?? "default";
  switch (type) {
    case "string":
      switch (format) {
        case "default":
          return (s) => s;
        case "email":
          return (s) => EMAIL.test(s) ? s : INVALID;
        case "uri":
          return (s) => URI.test(s) ? s : INVALID;
        case "uuid":
          return (s) => UUID.test(s) ? s : INVALID;
        case "binary":
          return (s) => BASE64.test(s) ? s : INVALID;
        default:
          return `unknown string format "${format}" (default, email, uri, uuid, binary)`;
      }
    case "integer": {
      const clean = numberCleaner(field, false);
      return (s) => {
        const t = clean(s);
        if (!INTEGER.test(t)) return INVALID;
        const n = Number(t);
        return Number.isSafeInteger(n) ? n : BigInt(t);
      };
    }
    case "number": {
      const clean = numberCleaner(field, true);
      return (s) => {
        const t = clean(s);
        if (SPECIAL_NUMBERS.has(t)) return t === "NaN" ? NaN : t.startsWith("-") ? -Infinity : Infinity;
        return NUMBER.test(t) ? Number(t) : INVALID;
      };
    }
    case "boolean": {
      const yes = new Set(field.trueValues ?? DEFAULT_TRUE);
      const no = new Set(field.falseValues ?? DEFAULT_FALSE);
      return (s) => yes.has(s) ? true : no.has(s) ? false : INVALID;
    }
    case "date":
      return temporal(format, ISO_DATE, (s) => validDate(ISO_DATE.exec(s)));
    case "datetime":
      return temporal(format, ISO_DATETIME, (s) => validDate(ISO_DATETIME.exec(s)));
    case "time":
      return temporal(format, ISO_TIME, () => true);
    case "year":
      return (s) => YEAR.test(s) ? Number(s) : INVALID;
    case "yearmonth":
      return (s) => YEARMONTH.test(s) ? s : INVALID;
    case "duration":
      return (s) => DURATION.test(s) ? s : INVALID;
    case "geopoint":
      return geopoint(format);
    case "object":
    case "geojson":
      return (s) => {
        const v = parseJson(s);
        return typeof v === "object" && v !== null && !Array.isArray(v) ? v : INVALID;
      };
    case "array":
      return (s) => {
        const v = parseJson(s);
        return Array.isArray(v) ? v : INVALID;
      };
    case "list": {
      const delimiter = field.delimiter ?? ",";
      const item = field.itemType ? casterFor({ name: field.name, type: field.itemType }) : (s) => s;
      if (typeof item === "string") return item;
      return (s) => {
        if (s === "") return [];
        const values = s.split(delimiter).map(item);
        return values.includes(INVALID) ? INVALID : values;
      };
    }
    case "any":
      return (s) => s;
    default:
      return `unknown type "${type}"`;
  }
}
function numberCleaner(field, decimal) {
  const group = field.groupChar;
  const dec = decimal ? field.decimalChar : void 0;
  const bare = field.bareNumber !== false;
  if (!group && (!dec || dec === ".") && bare) return (s) => s;
  return (s) => {
    let t = s;
    if (group) t = t.split(group).join("");
    if (dec && dec !== ".") t = t.split(dec).join(".");
    if (!bare) t = t.replace(/^[^\d+.-]+/, "").replace(/[^\d.]+$/, "");
    return t;
  };
}
function temporal(format, iso, valid) {
  if (format === "default") return (s) => iso.test(s) && valid(s) ? s : INVALID;
  if (format === "any") return (s) => Number.isNaN(Date.parse(s)) && !iso.test(s) ? INVALID : s;
  const pattern = strftimePattern(format);
  if (!pattern) return `format "${format}" is neither default, any nor a strftime pattern (%Y-%m-%d)`;
  return (s) => pattern.test(s) ? s : INVALID;
}
function strftimePattern(format) {
  if (!format.includes("%")) return void 0;
  const parts = {
    Y: "\\d{4}",
    y: "\\d{2}",
    m: "(0?[1-9]|1[0-2])",
    d: "(0?[1-9]|[12]\\d|3[01])",
    H: "([01]?\\d|2[0-3])",
    I: "(0?[1-9]|1[0-2])",
    M: "[0-5]\\d",
    S: "([0-5]\\d|60)",
    f: "\\d{1,9}",
    j: "\\d{1,3}",
    p: "(AM|PM|am|pm)",
    b: "[A-Za-z]{3}",
    B: "[A-Za-z]+",
    a: "[A-Za-z]{3}",
    A: "[A-Za-z]+",
    z: "([+-]\\d{2}:?\\d{2}|Z)",
    Z: "[A-Za-z]+",
    "%": "%"
  };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "%") {
      const part = parts[format[i + 1] ?? ""];
      if (part === void 0) return void 0;
      out += part;
      i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
function validDate(match) {
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ];
  return d <= days[m - 1];
}
function geopoint(format) {
  const inRange = (lon, lat) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  switch (format) {
    case "default":
      return (s) => {
        const parts = s.split(",");
        if (parts.length !== 2) return INVALID;
        const [lon, lat] = parts.map((p) => NUMBER.test(p.trim()) ? Number(p) : NaN);
        return inRange(lon, lat) ? [lon, lat] : INVALID;
      };
    case "array":
      return (s) => {
        const v = parseJson(s);
        return Array.isArray(v) && v.length === 2 && inRange(Number(v[0]), Number(v[1])) ? v : INVALID;
      };
    case "object":
      return (s) => {
        const v = parseJson(s);
        return v && typeof v === "object" && inRange(Number(v.lon), Number(v.lat)) ? v : INVALID;
      };
    default:
      return `unknown geopoint format "${format}" (default, array, object)`;
  }
}
function parseJson(s) {
  try {
    return JSON.parse(s);
  } catch {
    return INVALID;
  }
}
function canonical(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return JSON.stringify(value);
}
var ORDERED = /* @__PURE__ */ new Set(["integer", "number", "year", "date", "datetime", "time", "yearmonth"]);
function compileField(field, schemaMissing, inPrimaryKey) {
  const cast = casterFor(field);
  if (typeof cast === "string") return cast;
  const type = field.type ?? "any";
  const c = field.constraints ?? {};
  const missing = new Set(
    (field.missingValues ?? schemaMissing).map((m) => typeof m === "string" ? m : m.value)
  );
  const required = c.required === true || inPrimaryKey;
  const checks = [];
  const castBound = (b) => typeof b === "string" && (type === "integer" || type === "number" || type === "year") ? cast(b) : b;
  const compare = (a, b) => typeof a === "number" || typeof a === "bigint" ? Number(a) - Number(b) : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  if (ORDERED.has(type) && (type !== "date" && type !== "datetime" && type !== "time" ? true : (field.format ?? "default") === "default")) {
    for (const [key, test, words] of [
      ["minimum", (d) => d >= 0, "at least"],
      ["maximum", (d) => d <= 0, "at most"],
      ["exclusiveMinimum", (d) => d > 0, "more than"],
      ["exclusiveMaximum", (d) => d < 0, "less than"]
    ]) {
      if (c[key] === void 0) continue;
      const bound = castBound(c[key]);
      checks.push((v) => test(compare(v, bound)) ? void 0 : `must be ${words} ${canonical(c[key])}`);
    }
  }
  const length = (v, raw) => Array.isArray(v) ? v.length : typeof v === "object" && v !== null ? Object.keys(v).length : codePoints(raw);
  if (typeof c.minLength === "number") {
    const min = c.minLength;
    checks.push((v, raw) => length(v, raw) >= min ? void 0 : `must be at least ${min} long`);
  }
  if (typeof c.maxLength === "number") {
    const max = c.maxLength;
    checks.push((v, raw) => length(v, raw) <= max ? void 0 : `must be at most ${max} long`);
  }
  if (typeof c.pattern === "string") {
    let re;
    try {
      re = new RegExp(`^(?:${c.pattern})$`, "u");
    } catch (error) {
      return `constraints.pattern is not a valid regular expression: ${error.message}`;
    }
    checks.push(
      (_v, raw) => re.test(raw) ? void 0 : `does not match the pattern ${c.pattern}`
    );
  }
  const allowed = (list, what) => {
    const set = new Set(list.map((v) => canonical(typeof v === "string" ? cast(v) : v)));
    const shown = list.slice(0, 8).map((v) => JSON.stringify(v)).join(", ") + (list.length > 8 ? ", \u2026" : "");
    checks.push((v) => set.has(canonical(v)) ? void 0 : `is not ${what}: ${shown}`);
  };
  if (Array.isArray(c.enum)) allowed(c.enum, "one of the allowed values");
  if (Array.isArray(field.categories)) {
    allowed(
      field.categories.map(
        (v) => typeof v === "object" && v !== null ? v.value : v
      ),
      "one of the categories"
    );
  }
  const typeWords = `a valid ${type}${field.format && field.format !== "default" ? ` (format ${field.format})` : ""}`;
  return {
    name: field.name,
    type,
    required,
    missing,
    key(raw) {
      if (missing.has(raw)) return null;
      const v = cast(raw);
      return v === INVALID ? raw : canonical(v);
    },
    check(raw) {
      if (missing.has(raw)) return required ? "is missing but the field is required" : void 0;
      const v = cast(raw);
      if (v === INVALID) return `is not ${typeWords}`;
      for (const check of checks) {
        const problem = check(v, raw);
        if (problem) return problem;
      }
      return void 0;
    }
  };
}
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 55296 || c > 56319) n++;
  }
  return n;
}

// src/gates/data-schema/table-schema.ts
var profiles = new import_ajv2.Ajv({ allErrors: true, strict: false });
var tableProfile;
var packageProfile;
function checkDataPackage(doc) {
  packageProfile ??= profiles.compile(datapackage_default);
  const findings = profileFindings(doc, packageProfile, "", "Data Package");
  const resources = doc.value?.resources;
  if (Array.isArray(resources)) {
    resources.forEach((r, i) => {
      const schema = r?.schema;
      if (typeof schema === "object" && schema !== null) {
        findings.push(...checkTableSchema(doc, `/resources/${i}/schema`).findings);
      } else if (typeof schema === "string" && /^[a-z][a-z0-9+.-]*:/i.test(schema)) {
        findings.push(
          finding(
            doc,
            `/resources/${i}/schema`,
            "remote-ref",
            `resource ${i} of ${doc.path} names a remote schema ${schema}; the gate never fetches schemas`,
            "Vendor the schema into the repository and name it by relative path."
          )
        );
      }
    });
  }
  return findings;
}
function checkTableSchema(doc, pointer = "") {
  tableProfile ??= profiles.compile(tableschema_default);
  const value = valueAtPointer(doc.value, pointer);
  const findings = profileFindings(doc, tableProfile, pointer, "Table Schema");
  if (findings.length > 0) return { findings };
  const schema = value;
  const names = /* @__PURE__ */ new Set();
  schema.fields.forEach((f, i) => {
    if (names.has(f.name))
      findings.push(
        finding(
          doc,
          `${pointer}/fields/${i}/name`,
          "schema-invalid",
          `${doc.path}: field name "${f.name}" is used twice`
        )
      );
    names.add(f.name);
  });
  const asList = (k) => typeof k === "string" ? [k] : k;
  const primaryKey = schema.primaryKey === void 0 ? [] : asList(schema.primaryKey);
  const keyLists = [
    ...primaryKey.length > 0 ? [{ fields: primaryKey, at: `${pointer}/primaryKey`, primary: true }] : [],
    ...(schema.uniqueKeys ?? []).map((k, i) => ({
      fields: k,
      at: `${pointer}/uniqueKeys/${i}`,
      primary: false
    })),
    ...(schema.foreignKeys ?? []).map((k, i) => ({
      fields: asList(k.fields),
      at: `${pointer}/foreignKeys/${i}/fields`,
      primary: false
    }))
  ];
  for (const key of keyLists) {
    for (const name of key.fields) {
      if (!names.has(name))
        findings.push(
          finding(
            doc,
            key.at,
            "schema-invalid",
            `${doc.path}: key field "${name}" is not one of the fields`,
            "Name a field defined in fields, or add the field."
          )
        );
    }
  }
  const schemaMissing = (schema.missingValues ?? [""]).map((m) => typeof m === "string" ? m : m.value);
  const fields = [];
  schema.fields.forEach((f, i) => {
    const compiled = compileField(f, schemaMissing, primaryKey.includes(f.name));
    if (typeof compiled === "string")
      findings.push(
        finding(
          doc,
          `${pointer}/fields/${i}`,
          "schema-invalid",
          `${doc.path}: field "${f.name}": ${compiled}`
        )
      );
    else fields.push(compiled);
  });
  if (findings.length > 0) return { findings };
  const uniqueKeys = [
    ...primaryKey.length > 0 ? [{ fields: primaryKey, label: `primary key (${primaryKey.join(", ")})`, primary: true }] : [],
    ...(schema.uniqueKeys ?? []).map((k) => ({
      fields: k,
      label: `unique key (${k.join(", ")})`,
      primary: false
    })),
    ...schema.fields.filter((f) => f.constraints?.unique === true).map((f) => ({ fields: [f.name], label: `unique field ${f.name}`, primary: false }))
  ];
  return {
    findings,
    contract: { fields, fieldsMatch: schema.fieldsMatch ?? "exact", uniqueKeys, descriptor: schema }
  };
}
function profileFindings(doc, validate, pointer, what) {
  const value = valueAtPointer(doc.value, pointer);
  if (validate(value)) return [];
  return foldSchemaErrors(validate.errors ?? []).map((e) => {
    const { pointer: p, message } = describeSchemaError(e, (q) => valueAtPointer(value, q));
    return finding(doc, `${pointer}${p}`, "schema-invalid", `${doc.path}: not a valid ${what}: ${message}`);
  });
}
function finding(doc, pointer, rule2, message, fix) {
  const line = doc.lineOf(pointer);
  return {
    severity: "error",
    rule: `data-schema/${rule2}`,
    path: doc.path,
    ...line !== void 0 ? { line } : {},
    message,
    fix: fix ?? "Fix the descriptor at that key (see the Table Schema / Data Package specification at datapackage.org)."
  };
}

// src/gates/data-schema/table-validate.ts
var TableValidator = class {
  constructor(contract, out, maxUniqueKeys) {
    this.contract = contract;
    this.out = out;
    this.maxUniqueKeys = maxUniqueKeys;
  }
  contract;
  out;
  maxUniqueKeys;
  /** Per data column, the field it maps to (undefined: an extra column `fieldsMatch` allows). */
  columns = [];
  keys = [];
  notices = [];
  headerOk = true;
  /** Maps the header row to fields; false when the header does not match and rows cannot be read. */
  header(cells, line) {
    const fields = this.contract.fields;
    const byName = new Map(fields.map((f) => [f.name, f]));
    const names = fields.map((f) => f.name);
    const mode = this.contract.fieldsMatch;
    if (!cells) {
      this.columns = fields;
    } else {
      const present = new Set(cells);
      const missing = names.filter((n) => !present.has(n));
      const extra = cells.filter((c) => !byName.has(c));
      let problem;
      if (mode === "exact" && (cells.length !== names.length || cells.some((c, i) => c !== names[i])))
        problem = `the header is ${JSON.stringify(cells)} but fieldsMatch "exact" needs exactly ${JSON.stringify(names)} in that order`;
      else if (mode === "equal" && (missing.length > 0 || extra.length > 0))
        problem = `fieldsMatch "equal": ${describeDiff(missing, extra)}`;
      else if (mode === "subset" && missing.length > 0)
        problem = `fieldsMatch "subset": ${describeDiff(missing, [])}`;
      else if (mode === "superset" && extra.length > 0)
        problem = `fieldsMatch "superset": ${describeDiff([], extra)}`;
      else if (mode === "partial" && missing.length === names.length)
        problem = 'fieldsMatch "partial": no column of the header is a field of the schema';
      if (problem) {
        this.headerOk = false;
        this.out.findings.push({
          severity: "error",
          rule: "data-schema/header",
          path: this.out.path,
          line,
          message: `${this.out.path}: ${problem}.`,
          fix: "Make the header and the schema agree: rename or reorder the columns, or update fields (or fieldsMatch) in the schema."
        });
        return false;
      }
      this.columns = cells.map((c) => mode === "exact" ? fields[cells.indexOf(c)] : byName.get(c));
    }
    for (const key of this.contract.uniqueKeys) {
      const indexes = key.fields.map((name) => this.columns.findIndex((f) => f?.name === name));
      if (indexes.some((i) => i < 0)) continue;
      this.keys.push({ label: key.label, indexes, seen: /* @__PURE__ */ new Map(), full: false, primary: key.primary });
    }
    return true;
  }
  /** Checks one data row; `line` is its line in the file. */
  row(cells, line) {
    const out = this.out;
    out.rows++;
    if (!this.headerOk) return;
    const columns = this.columns;
    let first;
    let problems = 0;
    if (cells.length !== columns.length) {
      problems++;
      first = `has ${cells.length} cell(s) but the header has ${columns.length}`;
    }
    const n = Math.min(cells.length, columns.length);
    for (let i = 0; i < n; i++) {
      const field = columns[i];
      if (!field) continue;
      const problem = field.check(cells[i]);
      if (problem !== void 0) {
        problems++;
        first ??= `column "${field.name}" (${i + 1}): ${JSON.stringify(truncate(cells[i]))} ${problem}`;
      }
    }
    for (const key of this.keys) {
      if (key.full) continue;
      let text = "";
      let skip = false;
      for (const i of key.indexes) {
        const v = columns[i]?.key(cells[i] ?? "") ?? null;
        if (v === null) {
          skip = true;
          break;
        }
        text += `${v}\0`;
      }
      if (skip) continue;
      const h = hash53(text);
      const before = key.seen.get(h);
      if (before !== void 0) {
        problems++;
        first ??= `${key.label} ${JSON.stringify(truncate(text.slice(0, -1).split("\0").join(", ")))} repeats the row on line ${before}`;
      } else if (key.seen.size >= this.maxUniqueKeys) {
        key.full = true;
        this.notices.push({
          severity: "notice",
          rule: "data-schema/unique-not-checked",
          path: out.path,
          message: `${key.label} was checked for the first ${this.maxUniqueKeys} keys only (memory bound data-schema.max-unique-keys).`,
          fix: "Raise max-unique-keys if the runner has the memory (about 50 bytes per key)."
        });
      } else key.seen.set(h, line);
    }
    if (first !== void 0) {
      out.invalid(
        line,
        `row ${out.rows} (line ${line}): ${first}${problems > 1 ? ` (and ${problems - 1} more problem(s) in this row)` : ""}.`,
        "Fix the data (or the producer that wrote it), or relax the schema if the value is legitimate."
      );
    }
  }
  /** Notices about checks that stopped early. */
  extraFindings() {
    return this.notices;
  }
};
function describeDiff(missing, extra) {
  return [
    missing.length > 0 ? `missing column(s) ${missing.map((m) => `"${m}"`).join(", ")}` : "",
    extra.length > 0 ? `column(s) not in the schema ${extra.map((m) => `"${m}"`).join(", ")}` : ""
  ].filter((s) => s !== "").join("; ");
}
function truncate(s) {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function hash53(s) {
  let h1 = 2166136261;
  let h2 = 1103547991;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  h2 ^= h2 >>> 15;
  return (h1 >>> 0) * 2097152 + (h2 >>> 0 & 2097151);
}

// src/gates/data-schema/evaluate.ts
async function evaluateDataSchema(settings) {
  const findings = [];
  let discovery;
  try {
    discovery = await discoverDatasets(
      settings.cwd,
      settings.datasets,
      settings.exclude,
      settings.schemas,
      settings.maxSchemaBytes
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorResult([userErrorFinding("data-schema", error)]);
  }
  findings.push(...discovery.findings);
  let inputError = discovery.findings.some((f) => f.rule === "data-schema/schema-unparseable");
  for (const pkg of discovery.packages) findings.push(...checkDataPackage(pkg));
  const contracts = /* @__PURE__ */ new Map();
  const contractFor = (dataset) => {
    const source = dataset.schema;
    if (!source) return void 0;
    const key = source.kind === "file" ? source.path : source.schemaPath ?? `${source.path}#${source.pointer}/schema`;
    let loaded = contracts.get(key);
    if (!loaded) {
      loaded = loadContract(dataset, discovery, settings);
      contracts.set(key, loaded);
    }
    return loaded;
  };
  const reports = [];
  for (const dataset of discovery.datasets) {
    const loaded = await contractFor(dataset);
    const report = {
      path: dataset.path,
      format: dataset.format,
      schema: dataset.schema ? schemaPathOf(dataset) : null,
      status: "pass",
      rows: 0,
      invalidRows: 0,
      complete: true
    };
    reports.push(report);
    if (!loaded) {
      report.status = "fail";
      continue;
    }
    if (loaded.unreadable) {
      report.status = "error";
      continue;
    }
    const expected = dataset.format === "jsonl" || dataset.format === "json" ? "json-schema" : "table-schema";
    if (loaded.kind !== expected) {
      findings.push({
        severity: "error",
        rule: "data-schema/schema-kind",
        path: dataset.path,
        message: `${dataset.path} is ${dataset.format.toUpperCase()} but its schema ${loaded.doc.path} is a ${loaded.kind === "json-schema" ? "JSON Schema" : "Table Schema"}; the gate validates ${expected === "json-schema" ? "JSON and JSON Lines with JSON Schema" : "CSV, TSV and Parquet with Table Schema"}.`,
        fix: `Describe it with a ${expected === "json-schema" ? "JSON Schema" : "Frictionless Table Schema"}.`
      });
      report.status = "fail";
      continue;
    }
    if (!loaded.json?.validate && !loaded.table) {
      report.status = "fail";
      continue;
    }
    const out = new RowFindings(dataset.path, settings.maxFindingsPerFile);
    try {
      report.complete = await validateDataset(dataset, loaded, out, settings, findings);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      findings.push(userErrorFinding("data-schema", error));
      report.status = "error";
      inputError = true;
    }
    findings.push(...out.all());
    report.rows = out.rows;
    report.invalidRows = out.invalidRows;
    if (report.status === "pass" && out.findings.length > 0) report.status = "fail";
  }
  const loadedContracts = await Promise.all(contracts.values());
  for (const c of loadedContracts) {
    findings.push(...c.findings);
    if (c.unreadable) inputError = true;
  }
  const schemas = loadedContracts.filter((c) => !c.unreadable && c.pointer === "").map((c) => ({
    kind: c.kind,
    path: c.doc.path,
    value: c.doc.value,
    lineOf: (p) => c.doc.lineOf(p)
  }));
  const breaking = await checkBreakingChanges(schemas, {
    cwd: settings.cwd,
    ...settings.breaking.base ? { base: settings.breaking.base } : {},
    mode: settings.breaking.mode,
    waivers: settings.breaking.waivers,
    labels: settings.breaking.labels,
    ...settings.breaking.waiverLabel ? { waiverLabel: settings.breaking.waiverLabel } : {},
    now: settings.breaking.now
  });
  findings.push(...breaking.findings);
  if (discovery.datasets.length === 0) {
    findings.push({
      severity: "warning",
      rule: "data-schema/no-datasets",
      message: `No dataset found: no file matches ${settings.datasets.join(", ") || "(no dataset globs)"}.`,
      fix: "Set data-schema.datasets to your data files, e.g. data/**/*.csv."
    });
  }
  const status = inputError ? "error" : findings.some((f) => f.severity === "error") ? "fail" : findings.some((f) => f.severity === "warning") ? "warn" : "pass";
  const rowsChecked = reports.reduce((n, r) => n + r.rows, 0);
  const invalidRows = reports.reduce((n, r) => n + r.invalidRows, 0);
  const validDatasets = reports.filter((r) => r.status === "pass").length;
  return {
    schemaVersion: 1,
    gate: "data-schema",
    status,
    title: title(status, reports, invalidRows, breaking.breaking),
    summary: summary(reports, loadedContracts.length, rowsChecked, invalidRows, breaking, settings),
    keyMetric: keyMetric(invalidRows, reports.length),
    metrics: {
      // Ratios, so the step has datasets-covered/-total and rows-covered/-total outputs.
      datasets: ratio(validDatasets, reports.length),
      rows: ratio(rowsChecked - invalidRows, rowsChecked),
      schemas: loadedContracts.length,
      rowsChecked,
      invalidRows,
      breakingChanges: breaking.breaking,
      nonBreakingChanges: breaking.nonBreaking,
      waivedChanges: breaking.waived,
      ...settings.sampleRows !== void 0 ? { sampleRows: settings.sampleRows } : {},
      files: reports
    },
    findings
  };
}
async function validateDataset(dataset, loaded, out, settings, findings) {
  const abs = join3(settings.cwd, dataset.path);
  if (dataset.format === "jsonl" || dataset.format === "json") {
    const validate = loaded.json?.validate;
    if (!validate) return false;
    if (dataset.format === "jsonl")
      return (await validateJsonl(abs, validate, out, settings.sampleRows)).complete;
    const type = loaded.doc.value?.type;
    return (await validateJsonDocument(abs, validate, out, type === "array", settings.sampleRows)).complete;
  }
  const contract = loaded.table;
  if (!contract) return false;
  if (dataset.format === "parquet") {
    const { findings: f, info } = await checkParquet(abs, dataset.path, contract);
    for (const x of f) {
      if (x.rule === "data-schema/invalid-row") out.invalidRows++;
      out.findings.push(x);
    }
    out.rows += info.rows;
    return true;
  }
  const dialect = dataset.schema?.kind === "datapackage" ? dataset.schema.dialect : {};
  const validator = new TableValidator(contract, out, settings.maxUniqueKeys);
  const { complete } = await readCsv(
    abs,
    dataset.path,
    {
      delimiter: dialect.delimiter ?? (dataset.format === "tsv" ? "	" : ","),
      header: dialect.header !== false,
      ...settings.sampleRows !== void 0 ? { sampleRows: settings.sampleRows } : {}
    },
    (cells, line) => validator.header(cells, line),
    (cells, line) => {
      validator.row(cells, line);
    }
  );
  findings.push(...validator.extraFindings());
  return complete;
}
async function loadContract(dataset, discovery, settings) {
  const source = dataset.schema;
  const fallback = dataset.format === "jsonl" || dataset.format === "json" ? "json-schema" : "table-schema";
  let doc;
  let pointer = "";
  try {
    if (source?.kind === "datapackage" && !source.schemaPath) {
      const pkg = discovery.packages.find((p) => p.path === source.path);
      doc = pkg;
      pointer = `${source.pointer}/schema`;
      if (valueAtPointer(pkg.value, pointer) === void 0) {
        return {
          doc,
          pointer,
          kind: "table-schema",
          unreadable: false,
          findings: [
            {
              severity: "error",
              rule: "data-schema/missing-schema",
              path: pkg.path,
              ...pkg.lineOf(source.pointer) ? { line: pkg.lineOf(source.pointer) } : {},
              message: `the resource for ${dataset.path} in ${pkg.path} has no schema.`,
              fix: 'Add a "schema" (a Table Schema, or the path of one) to the resource.'
            }
          ]
        };
      }
    } else {
      const path = source?.kind === "file" ? source.path : source?.schemaPath;
      doc = await loadSchemaFile(settings.cwd, path, settings.maxSchemaBytes);
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const path = source?.kind === "file" ? source.path : source?.schemaPath ?? dataset.path;
    return {
      doc: { path, value: void 0, lineOf: () => void 0 },
      pointer,
      kind: fallback,
      unreadable: true,
      findings: [{ ...userErrorFinding("data-schema", error), rule: "data-schema/schema-unparseable" }]
    };
  }
  const value = valueAtPointer(doc.value, pointer);
  const kind = schemaKind(value, fallback);
  if (kind === "json-schema") {
    const json = await compileJsonSchema(
      doc,
      (p) => loadSchemaFile(settings.cwd, p, settings.maxSchemaBytes)
    );
    return { doc, pointer, kind, json, findings: json.findings, unreadable: false };
  }
  if (kind === "data-package") {
    return {
      doc,
      pointer,
      kind: "table-schema",
      unreadable: false,
      findings: [
        {
          severity: "error",
          rule: "data-schema/schema-kind",
          path: doc.path,
          message: `${doc.path} is a Data Package descriptor, not a schema; ${dataset.path} needs a Table Schema or JSON Schema.`,
          fix: "Use the datapackage rule in data-schema.schemas so the resource for the file is found."
        }
      ]
    };
  }
  const { findings, contract } = checkTableSchema(doc, pointer);
  return { doc, pointer, kind, findings, unreadable: false, ...contract ? { table: contract } : {} };
}
function schemaPathOf(dataset) {
  const s = dataset.schema;
  if (!s) return null;
  return s.kind === "file" ? s.path : s.schemaPath ?? `${s.path}#${s.pointer}`;
}
function errorResult(findings) {
  return {
    schemaVersion: 1,
    gate: "data-schema",
    status: "error",
    title: "Data schemas could not be judged",
    summary: `${findings.length} problem(s) with the input; fix them and re-run. ${findings[0]?.message ?? ""}`.trim(),
    metrics: {},
    findings
  };
}
export {
  evaluateDataSchema
};
